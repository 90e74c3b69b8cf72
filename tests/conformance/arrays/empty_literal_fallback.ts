const q = new Map<string, string[]>([["q", ["a", "b"]]]);
console.log(JSON.stringify(q.get("q") ?? []), JSON.stringify(q.get("z") ?? []), (q.get("z") || []).length);

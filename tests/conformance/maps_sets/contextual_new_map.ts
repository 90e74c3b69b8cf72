interface Ctx { params: Map<string, string>; seen: Set<number>; log: string[] }
const ctx: Ctx = { params: new Map(), seen: new Set(), log: [] };
ctx.params.set("id", "42");
ctx.seen.add(3).add(3);
console.log(ctx.params.get("id"), ctx.seen.size, ctx.log.length);
function fresh(): Map<string, number> { return new Map(); }
const m = fresh();
m.set("a", 1);
console.log(m.size, [...m.keys()].join());

const a = [1, 2];
console.log(a.push(...a), a.join());
const out: number[] = [];
const chunk = [7, 8, 9];
out.push(0, chunk.length, ...chunk, ...new Set([5]));
console.log(out.join(), out.push(), out.push(...[]));
const s: string[] = [];
s.push(..."hé😀");
console.log(s.length, s.join("|"));

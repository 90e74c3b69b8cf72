// Deleting every other entry during for-of, and re-adding deleted keys during iteration.
const m = new Map<number, string>();
for (let i = 0; i < 10; i++) m.set(i, "v" + i);
for (const k of m.keys()) if (k % 2 === 0) m.delete(k);
console.log([...m.keys()].join(), m.size);
let iterations = 0;
for (const [k] of m) {
  iterations++;
  if (iterations > 20) break;
  if (k === 1) {
    m.delete(1);
    m.set(1, "again");
  }
}
console.log(iterations, [...m.keys()].join());
const s = new Set([1, 2, 3]);
const out: number[] = [];
for (const x of s) {
  out.push(x);
  if (x < 3) s.add(x + 10);
}
console.log(out.join(), s.size);

// Map with number keys uses SameValueZero: NaN finds NaN, -0 and +0 are one key (stored as +0).
const m = new Map<number, string>();
m.set(NaN, "nan");
m.set(0, "zero");
m.set(-0, "negzero");
m.set(1, "one");
m.set(1.0, "one again");
m.set(0.1 + 0.2, "point3ish");
console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.get(1), m.get(0.3), m.get(0.30000000000000004));
for (const k of m.keys()) console.log(k, 1 / k === -Infinity);
const counts = new Map<number, number>();
const data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
for (const d of data) counts.set(d, (counts.get(d) ?? 0) + 1);
console.log([...counts].map((e) => e[0] + ":" + e[1]).join(" "));
const big = new Map<number, number>();
for (let i = 0; i < 20000; i++) big.set(i * 7919 % 20011, i);
let sum = 0;
for (let i = 0; i < 100; i++) sum += big.get(i) ?? -1;
console.log(big.size, sum);

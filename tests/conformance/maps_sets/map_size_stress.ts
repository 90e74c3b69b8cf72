// Many insertions and deletions keep size and order consistent.
const m = new Map<string, number>();
for (let i = 0; i < 5000; i++) m.set("k" + (i % 1500), i);
console.log(m.size, m.get("k0"), m.get("k1499"));
for (let i = 0; i < 1500; i += 3) m.delete("k" + i);
console.log(m.size, [...m.keys()].slice(0, 5).join(), [...m.keys()].slice(-3).join());
let total = 0;
m.forEach((v) => (total += v));
console.log(total);
const s = new Set<number>();
for (let i = 0; i < 10000; i++) s.add((i * i) % 1009);
console.log(s.size);

// Map keyed by object identity: equal-looking objects are distinct keys.
class Key {
  constructor(public id: number) {}
}
const k1 = new Key(1);
const k2 = new Key(1);
const m = new Map<Key, string>();
m.set(k1, "first");
m.set(k2, "second");
m.set(k1, "first-updated");
console.log(m.size, m.get(k1), m.get(k2), m.get(new Key(1)), m.has(k2));
const arrKey = [1, 2];
const m2 = new Map<number[], number>([[arrKey, 3]]);
console.log(m2.get(arrKey), m2.get([1, 2]));
const fnKey = () => 1;
const m3 = new Map<() => number, string>();
m3.set(fnKey, "fn");
console.log(m3.get(fnKey), m3.size);
const nodes = [new Key(10), new Key(20), new Key(30)];
const visited = new Map<Key, boolean>();
for (const n of nodes) visited.set(n, n.id > 15);
console.log([...visited.values()].join(), [...visited.keys()].map((k) => k.id).join());

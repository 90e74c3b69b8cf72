// Union, intersection and difference built by hand, plus forEach, keys, values, entries on a Set.
function union(a: Set<number>, b: Set<number>): Set<number> {
  const r = new Set(a);
  for (const x of b) r.add(x);
  return r;
}
function inter(a: Set<number>, b: Set<number>): Set<number> {
  const r = new Set<number>();
  for (const x of a) if (b.has(x)) r.add(x);
  return r;
}
function diff(a: Set<number>, b: Set<number>): Set<number> {
  const r = new Set<number>();
  a.forEach((x) => {
    if (!b.has(x)) r.add(x);
  });
  return r;
}
const a = new Set([1, 2, 3, 4, 5]);
const b = new Set([4, 5, 6, 7]);
console.log([...union(a, b)].join(), [...inter(a, b)].join(), [...diff(a, b)].join(), [...diff(b, a)].join());
console.log([...a.keys()].join() === [...a.values()].join(), [...b.entries()].map((e) => e[0] + "" + e[1]).join(" "));
const fe: string[] = [];
b.forEach((v, k, set) => fe.push(v + "=" + k + "/" + set.size));
console.log(fe.join(" "));
class Obj {
  constructor(public n: number) {}
}
const o = new Obj(1);
const so = new Set<Obj>([o, o, new Obj(1)]);
console.log(so.size, so.has(o), so.has(new Obj(1)));

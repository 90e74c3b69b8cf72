// Each call to the factory makes a fresh captured variable.
function makeCounter(start: number, step: number): () => number {
  let n = start;
  return () => {
    n += step;
    return n;
  };
}
const c1 = makeCounter(0, 1);
const c2 = makeCounter(100, -10);
const c3 = makeCounter(0.5, 0.25);
console.log(c1(), c1(), c1(), c2(), c2(), c3(), c3());
console.log(c1(), c2(), c3());
class Pair {
  constructor(public inc: () => number, public get: () => number) {}
}
function makePair(): Pair {
  let v = 0;
  return new Pair(() => ++v, () => v);
}
const p = makePair();
const q = makePair();
p.inc();
p.inc();
q.inc();
console.log(p.get(), q.get());

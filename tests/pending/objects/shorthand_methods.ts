// Shorthand properties, methods in object literals (with this), computed values at creation.
interface Counter {
  name: string;
  count: number;
  inc(): number;
  reset(): void;
}
function makeCounter(name: string, start: number): Counter {
  const count = start;
  return {
    name,
    count,
    inc() {
      this.count++;
      return this.count;
    },
    reset() {
      this.count = 0;
    },
  };
}
const a = makeCounter("a", 5);
const b = makeCounter("b", 0);
console.log(a.inc(), a.inc(), b.inc(), a.count, b.count, a.name);
a.reset();
console.log(a.count, a.inc());
const x = 3;
const y = 4;
const pt = { x, y, dist: Math.sqrt(x * x + y * y) };
console.log(pt.x, pt.y, pt.dist);
interface Op {
  sym: string;
  apply: (a: number, b: number) => number;
}
const ops: Op[] = [{ sym: "+", apply: (a, b) => a + b }, { sym: "max", apply: Math.max }, { sym: "pow", apply(a, b) { return a ** b; } }];
for (const op of ops) console.log(op.sym, op.apply(2, 10));

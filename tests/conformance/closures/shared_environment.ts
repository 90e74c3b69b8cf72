// Several closures sharing one environment behave like an object with private state.
class Api {
  constructor(
    public push: (v: number) => void,
    public pop: () => number,
    public size: () => number,
    public sum: () => number,
  ) {}
}
function makeStack(): Api {
  const items: number[] = [];
  let total = 0;
  return new Api(
    (v) => {
      items.push(v);
      total += v;
    },
    () => {
      if (items.length === 0) return -1;
      const v = items[items.length - 1];
      items.pop();
      total -= v;
      return v;
    },
    () => items.length,
    () => total,
  );
}
const s = makeStack();
const t = makeStack();
for (let i = 1; i <= 5; i++) s.push(i * 1.5);
t.push(100);
console.log(s.size(), s.sum(), t.size(), t.sum());
console.log(s.pop(), s.pop(), s.size(), s.sum());
console.log(t.pop(), t.pop(), t.size(), t.sum());

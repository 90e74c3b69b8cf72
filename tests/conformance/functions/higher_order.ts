// Functions passed as arguments and returned as results, typed with function types.
type NumFn = (x: number) => number;
function apply(f: NumFn, x: number, times: number): number {
  let v = x;
  for (let i = 0; i < times; i++) v = f(v);
  return v;
}
function compose(f: NumFn, g: NumFn): NumFn {
  return (x: number) => f(g(x));
}
function double(x: number): number {
  return x * 2;
}
const inc: NumFn = (x) => x + 1;
console.log(apply(double, 1, 10), apply(inc, 0, 5), apply(compose(double, inc), 1, 3));
function reduceArr(xs: number[], f: (acc: number, v: number) => number, init: number): number {
  let acc = init;
  for (const x of xs) acc = f(acc, x);
  return acc;
}
const nums = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(reduceArr(nums, (a, b) => a + b, 0), reduceArr(nums, (a, b) => (a > b ? a : b), -Infinity));
console.log(reduceArr(nums, (a, b) => a * 10 + b, 0));
function twice(f: () => void): void {
  f();
  f();
}
let hits = 0;
twice(() => {
  hits++;
});
twice(function () {
  hits += 10;
});
console.log(hits);
const table: NumFn[] = [double, inc, (x) => Math.floor(x), (x) => Math.abs(x)];
for (const fn of table) console.log(fn(-2.5));

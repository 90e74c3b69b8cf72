// Function expressions, including named ones that call themselves by their own name.
const fact = function f(n: number): number {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(10), fact(20));
const square = function (x: number): number {
  return x * x;
};
console.log(square(12));
const fns: ((n: number) => number)[] = [
  function (n: number): number {
    return n + 1;
  },
  function twice(n: number): number {
    return n <= 0 ? 0 : 2 + twice(n - 1);
  },
];
console.log(fns[0](1), fns[1](21));
const immediate = (function (a: number, b: number): number {
  return a * b;
})(6, 7);
console.log(immediate);
const arrowImmediate = ((s: string) => s + s)("ab");
console.log(arrowImmediate);
let fnVar = function (): string {
  return "first";
};
const keep = fnVar;
fnVar = function (): string {
  return "second";
};
console.log(keep(), fnVar());

// Function declarations can be called before they appear; module statements run in order.
console.log(square(5), later(2));
function square(x: number): number {
  return x * x;
}
let log = "";
record("a");
function record(s: string): void {
  log = log + s;
}
record("b");
console.log(log);
function later(n: number): number {
  return helper(n) + 1;
}
function helper(n: number): number {
  return n * 10;
}
function outer(): number {
  return inner();
  function inner(): number {
    return 42;
  }
}
console.log(outer());

// A memoizing wrapper built from closures over arrays.
function memo(f: (n: number) => number): (n: number) => number {
  const keys: number[] = [];
  const vals: number[] = [];
  return (n: number) => {
    for (let i = 0; i < keys.length; i++) if (keys[i] === n) return vals[i];
    const v = f(n);
    keys.push(n);
    vals.push(v);
    return v;
  };
}
let slowCalls = 0;
const slowSquare = (n: number) => {
  slowCalls++;
  return n * n;
};
const fast = memo(slowSquare);
console.log(fast(4), fast(4), fast(5), fast(4), slowCalls);
const fibCache: number[] = [0, 1];
function fib(n: number): number {
  if (n < fibCache.length) return fibCache[n];
  const v = fib(n - 1) + fib(n - 2);
  fibCache.push(v);
  return v;
}
console.log(fib(50), fib(78), fib(90), fibCache.length);
let ctr = 0;
const once = (() => {
  let done = false;
  let value = 0;
  return () => {
    if (!done) {
      done = true;
      value = ++ctr * 1000;
    }
    return value;
  };
})();
console.log(once(), once(), ctr);

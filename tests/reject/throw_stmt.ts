// expect YAO1403 at 3:14
function f(n: number): number {
  if (n < 0) throw new RangeError("negative");
  return n;
}
console.log(f(1));

// expect YAO1012 at 2:14
function sum(...xs: number[]): number {
  return xs.length;
}
console.log(sum(1, 2));

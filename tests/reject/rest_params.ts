// expect YAO1012 at 2:14
function sum(...xs: [number, number]): number {
  return xs[0] + xs[1];
}
console.log(sum(1, 2));

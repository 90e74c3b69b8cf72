// expect YAO1022 at 3:10
function f(a: number): number {
  return arguments.length;
}
console.log(f(1));

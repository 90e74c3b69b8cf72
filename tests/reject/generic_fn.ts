// expect YAO1004 at 2:16
function id<T>(x: T): T {
  return x;
}
console.log(id(1));

// expect YAO1004 at 2:1
function id<T>(x: T): T {
  return x;
}
console.log(id(1));

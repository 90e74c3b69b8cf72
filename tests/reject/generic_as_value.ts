// expect YAO1004 at 4:7
function id<T>(x: T): T { return x; }
const xs = [1, 2];
const f = id;
console.log(xs.map((x) => f(x)));

// expect YAO1900 at 2:21
const a: number[] = new Array(5);
console.log(a.length);

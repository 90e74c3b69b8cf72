// expect YAO1504 at 3:22
const a = [1, 2];
const b: number[] = [...a, 3];
console.log(b.length);

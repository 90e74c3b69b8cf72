// expect YAO1504 at 4:17
function sum(a: number, b: number): number { return a + b; }
const xs: [number, number] = [1, 2];
console.log(sum(...xs));

// expect YAO1900 at 2:21
const a: number[] = new Array<number>(5);
console.log(a.length);

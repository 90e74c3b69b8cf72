// expect YAO0001 at 2:7
const x: number = "text";
console.log(x);

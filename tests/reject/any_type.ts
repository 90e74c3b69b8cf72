// expect YAO1001 at 2:8
let x: any = 1;
console.log(x);

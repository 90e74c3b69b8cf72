// expect YAO1021 at 2:15
const f = new Function("return 1");
console.log(typeof f);

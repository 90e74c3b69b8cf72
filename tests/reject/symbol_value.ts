// expect YAO1003 at 2:11
const s = Symbol("a");
console.log(s.toString());

// expect YAO1020 at 3:13
const s = "1 + 1";
console.log(eval(s));

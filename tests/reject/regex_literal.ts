// expect YAO1505 at 2:11
const r = /ab+c/;
console.log(r.test("abc"));

// expect YAO1605 at 4:13
class P { x = 1; }
const p = new P();
console.log(p["x"]);

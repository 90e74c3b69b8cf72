// expect YAO1005 at 4:7
interface A { a: number }
interface B { b: number }
const v: A & B = { a: 1, b: 2 };
console.log(v.a + v.b);

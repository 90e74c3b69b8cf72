// expect YAO1103 at 4:14
class A { x = 1; }
class B { x = 2; }
const b: B = new A();
console.log(b.x);

// expect YAO1603 at 4:11
class A { f(): number { return 1; } }
const a = new A();
const g = a.f;
console.log(g());

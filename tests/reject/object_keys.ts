// expect YAO1028 at 3:13
class A { x = 1; }
console.log(Object.keys(new A()).length);

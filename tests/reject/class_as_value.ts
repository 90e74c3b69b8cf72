// expect YAO1512 at 3:11
class A { x = 1; }
const K = A;
console.log(new K().x);

// expect YAO1613 at 4:1
class A { static n = 1; }
class B extends A {}
B.n = 5;
console.log(A.n);

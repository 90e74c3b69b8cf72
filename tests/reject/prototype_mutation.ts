// expect YAO1024 at 3:2
class A { f(): number { return 1; } }
(A.prototype as { f(): number }).f = () => 2;

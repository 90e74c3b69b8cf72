// expect YAO1214 at 3:3
class A {
  n!: number;
}
console.log(new A().n);

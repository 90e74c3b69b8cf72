// Curried functions and partial application.
const add = (a: number) => (b: number) => (c: number) => a + b + c;
console.log(add(1)(2)(3), add(0.1)(0.2)(0.3));
const add10 = add(10);
const add10and5 = add10(5);
console.log(add10and5(1), add10and5(2), add10(0)(0));
function partial(f: (a: number, b: number) => number, a: number): (b: number) => number {
  return (b: number) => f(a, b);
}
const pow2 = partial((a, b) => a ** b, 2);
const minus100 = partial((a, b) => b - a, 100);
console.log(pow2(10), pow2(0.5), minus100(50), minus100(-0));
function compose(fs: ((x: number) => number)[]): (x: number) => number {
  return (x: number) => {
    let v = x;
    for (let i = fs.length - 1; i >= 0; i--) v = fs[i](v);
    return v;
  };
}
const pipeline = compose([(x) => x + 1, (x) => x * 2, pow2]);
console.log(pipeline(3), pipeline(0));

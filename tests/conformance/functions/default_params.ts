// Default parameter values are evaluated at call time, left to right, and may use earlier parameters.
let calls = 0;
function counter(): number {
  calls++;
  return calls * 100;
}
function f(a: number, b: number = a * 2, c: number = a + b): string {
  return a + "," + b + "," + c;
}
function g(x: number = counter()): number {
  return x;
}
function label(text: string, prefix: string = "[", suffix: string = prefix === "[" ? "]" : prefix): string {
  return prefix + text + suffix;
}
console.log(f(1), f(1, 5), f(1, 5, 7), f(2, undefined, 3));
console.log(g(), g(), g(7), g(), calls);
console.log(label("a"), label("b", "<"), label("c", "<", ">"), label("d", "|"));
function scale(v: number, factor = 10, offset = -1): number {
  return v * factor + offset;
}
console.log(scale(1), scale(1, 2), scale(1, 2, 0), scale(0.5, undefined, 0));
class Cfg {
  constructor(public size: number = 16, public name: string = "dev" + size) {}
}
const c1 = new Cfg();
const c2 = new Cfg(32);
const c3 = new Cfg(64, "disk");
console.log(c1.size, c1.name, c2.size, c2.name, c3.size, c3.name);

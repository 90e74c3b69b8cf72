// String(x) for every kind of value, and implicit conversion in templates.
class Point {
  constructor(public x: number, public y: number) {}
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
}
class Plain {}
console.log(String(42), String(-0), String(1e21), String(NaN), String(true), String(null), String(undefined));
console.log(String([1, 2, 3]), String([]), String([[1, 2], [3]]), String(["a", null, undefined, "b"]));
console.log(String(new Point(1, 2)), `${new Point(3, 4)}`, "p=" + new Point(5, 6));
console.log(String(new Plain()), `${[1.5, -0]}`, String("already"), String(1 < 2));

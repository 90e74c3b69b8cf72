// indexOf uses ===, includes uses SameValueZero (finds NaN); both treat -0 and +0 as equal.
const a = [1, NaN, -0, 3, 1, "x".length];
console.log(a.indexOf(1), a.lastIndexOf(1), a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0), a.indexOf(-0));
console.log(a.indexOf(1, 1), a.indexOf(1, -2), a.lastIndexOf(1, -3), a.includes(3, 4), a.indexOf(99));
const s = ["a", "b", "a"];
console.log(s.indexOf("a"), s.lastIndexOf("a"), s.includes("c"), s.indexOf("A"));
class P {
  constructor(public n: number) {}
}
const p = new P(1);
const ps = [new P(1), p];
console.log(ps.indexOf(p), ps.indexOf(new P(1)), ps.includes(p));

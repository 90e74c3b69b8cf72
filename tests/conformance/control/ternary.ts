// Conditional expressions: nesting, only the chosen branch is evaluated.
let evals = 0;
function side(v: number): number {
  evals++;
  return v;
}
for (let i = -2; i <= 2; i++) {
  const s = i < 0 ? "neg" : i === 0 ? "zero" : "pos";
  const v = i > 0 ? side(i * 10) : side(-i);
  console.log(i, s, v, evals);
}
const nan = NaN;
const nz = -0;
const empty = "";
const space = " ";
console.log(nan ? "t" : "f", nz ? "t" : "f", empty ? "t" : "f", space ? "t" : "f");
const grade = (score: number): string => score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
console.log(grade(95), grade(85), grade(75), grade(10), grade(NaN));
let x = 5;
const y = (x > 3 ? x++ : x--) + x;
console.log(x, y);
const mix = true ? 1 : 2;
console.log(mix, (false ? 1 : 0.5) * 4);

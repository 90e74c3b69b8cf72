// && and || return an operand, not a boolean, and short-circuit their right side.
let calls = "";
function f(tag: string, v: number): number {
  calls = calls + tag;
  return v;
}
console.log(f("a", 0) && f("b", 1), calls);
calls = "";
console.log(f("a", 2) && f("b", 3), calls);
calls = "";
console.log(f("a", 0) || f("b", 4), calls);
calls = "";
console.log(f("a", 5) || f("b", 6), calls);
calls = "";
console.log(f("a", NaN) || f("b", -0), calls);
calls = "";
console.log(f("a", NaN) && f("b", 7), calls);
calls = "";
console.log(f("a", 1) && f("b", 2) && f("c", 0) && f("d", 3), calls);
calls = "";
console.log(f("a", 0) || f("b", 0) || f("c", 9) || f("d", 3), calls);
const s1 = "";
const s2 = "hello";
console.log(s1 || "default", s2 || "default", s1 && "x", s2 && "x");
const t = true;
const u = false;
console.log(t && u, t || u, !t || u, !(t && u));
let n = 0;
const r = n > 0 && n++ > 0;
console.log(r, n);
const r2 = n === 0 || n++ > 0;
console.log(r2, n);

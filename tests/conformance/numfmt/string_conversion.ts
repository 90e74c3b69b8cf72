// String(x), concatenation and template literals all use Number::toString.
const vals = [0, -0, 1.25, -7.5, 1e21, 1e-7, 123456789.125, NaN, Infinity, -Infinity, 2 ** 53, 0.1 * 3, 5e-324];
for (const v of vals) {
  const a = String(v);
  const b = "" + v;
  const c = `${v}`;
  console.log(a, b, c, a === b, b === c, a.length);
}
console.log("n=" + 1 + 2);
console.log(1 + 2 + "=n");
console.log("v" + -0 + "|" + (0 * -1));
console.log(`${1}${2}${3}`, `${0.1 + 0.2}`, `${-1e21}`);
console.log(String(1 / 3).length, String(2 ** 60).length);

// Number.isInteger, isSafeInteger, isFinite, isNaN versus the global isNaN/isFinite, parse aliases.
const vals = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, 1e300, NaN, Infinity, -Infinity, 5e-324, 4.0];
for (const v of vals) {
  console.log(v, Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), isNaN(v), isFinite(v));
}
console.log(Number.isNaN(Number("x")), isNaN(Number("12")), Number.parseFloat("1.5e3x"), Number.parseInt("0x1f"), Number.parseInt === parseInt);

// sqrt, cbrt, pow, exp, log family and hyperbolics, printed with full precision.
const xs = [0, 0.5, 1, 2, Math.E, 10, 100, 1e-10, 1e10, 123.456];
for (const x of xs) {
  console.log(x, Math.sqrt(x), Math.cbrt(x), Math.exp(x / 10), Math.log(x), Math.log2(x), Math.log10(x), Math.log1p(x), Math.expm1(x / 100));
}
console.log(Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(-8), Math.cbrt(-0), Math.log(0), Math.log(-1), Math.log(-0));
console.log(Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(10, -5), 10 ** -5, Math.pow(1.0000001, 1e7), Math.pow(NaN, 0));
console.log(Math.sinh(1), Math.cosh(1), Math.tanh(1), Math.asinh(1), Math.acosh(2), Math.atanh(0.5), Math.tanh(1000));
console.log(Math.log10(1000), Math.log2(8), Math.log2(1 / 1024), Math.exp(1) === Math.E, Math.exp(709), Math.exp(710));

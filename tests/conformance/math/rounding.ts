// Math.floor/ceil/round/trunc/sign/abs/fround on halfway cases, -0, large and tiny values.
const vals = [-2.5, -1.5, -0.5, -0.4, -0, 0, 0.4, 0.5, 1.5, 2.5, 0.49999999999999994, -0.5000000000000001,
  4503599627370495.5, 4503599627370496.5, 9007199254740993, 1e300, -1e-300, NaN, Infinity, -Infinity];
for (const v of vals) {
  console.log(v, Math.floor(v), Math.ceil(v), Math.round(v), Math.trunc(v), Math.sign(v), Math.abs(v), Math.fround(v));
}

// Math.floor/ceil/round/trunc/abs/min/max on ordinary and edge values.
const vals = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
  1.9999999999999998, 4503599627370495.5, 4503599627370497, -4503599627370495.5, 1e21, -1e-300,
  2147483647.5, -2147483648.5, 4294967296.7, NaN, Infinity, -Infinity];
for (const v of vals) {
  console.log(v, Math.floor(v), Math.ceil(v), Math.round(v), Math.trunc(v), Math.abs(v));
}
console.log(Math.min(3, 1, 2), Math.max(3, 1, 2));
console.log(Math.min(-0, 0), Math.min(0, -0), Math.max(-0, 0), Math.max(0, -0));
console.log(Math.min(1, NaN, 0), Math.max(NaN, 5));
console.log(Math.min(), Math.max());
console.log(Math.min(Infinity, -Infinity), Math.max(-Infinity, Infinity));
console.log(Math.sqrt(2), Math.sqrt(16), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity));
console.log(Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(7.5));

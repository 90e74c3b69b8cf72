// Float32Array rounds to single precision on store (ties to even), overflows to Infinity, flushes tiny values to 0.
const vals = [0, -0, 0.1, 0.2, 0.3, 1 / 3, 16777216, 16777217, 16777218, 16777219, 3.4028234663852886e38,
  3.4028235677973366e38, 3.402823669209385e38, 1e39, -1e39, 1.401298464324817e-45, 7e-46, 7.1e-46, 1e-50,
  1.1754943508222875e-38, 123456.789, 2 ** 24 + 0.5, NaN, Infinity, 1e-7, 3.14159265358979];
const f = new Float32Array(vals.length);
for (let i = 0; i < vals.length; i++) {
  f[i] = vals[i];
  console.log(vals[i], f[i]);
}
const acc = new Float32Array(1);
for (let i = 0; i < 1000; i++) acc[0] += 0.1;
console.log(acc[0]);
let d = 0;
for (let i = 0; i < 1000; i++) d += 0.1;
console.log(d);
const g = new Float32Array([1.5, -2.25, 1e-3]);
console.log(g[0], g[1], g[2], g[2] * 1000);

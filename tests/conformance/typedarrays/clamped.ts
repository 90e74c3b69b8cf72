// Uint8ClampedArray clamps to 0..255 and rounds half to even; NaN stores 0.
const vals = [0, -0, 0.5, 1.5, 2.5, 3.5, 0.49999999999999994, 0.5000000000000001, 1.4, 1.6, 253.5, 254.5,
  255.5, 254.4999, 256, 300, 1e10, -1, -0.5, -0.6, -1e10, NaN, Infinity, -Infinity, 127.5, 128.5, 100.50000001];
const c = new Uint8ClampedArray(vals.length);
for (let i = 0; i < vals.length; i++) c[i] = vals[i];
for (let i = 0; i < vals.length; i++) console.log(vals[i], c[i]);
const d = new Uint8ClampedArray([1, 2, 3]);
d[0] -= 5;
d[1] += 1000;
d[2] *= 1.5;
console.log(d[0], d[1], d[2]);
const fromFloat = new Uint8ClampedArray(new Float64Array([-3, 0.5, 1.5, 2.5, 999]));
console.log(fromFloat[0], fromFloat[1], fromFloat[2], fromFloat[3], fromFloat[4]);
d.fill(2.5);
console.log(d[0], d[1], d[2]);
d.set([3.5, -7, 1000.1]);
console.log(d[0], d[1], d[2]);

// Float64Array stores doubles exactly, including -0, NaN, Infinity and subnormals.
const vals = [0, -0, 0.1, 1e308, 5e-324, -5e-324, NaN, Infinity, -Infinity, 2 ** 53 + 1, 1 / 3];
const f = new Float64Array(vals.length);
for (let i = 0; i < vals.length; i++) f[i] = vals[i];
for (let i = 0; i < f.length; i++) console.log(f[i], f[i] === vals[i], 1 / f[i]);
const m = new Float64Array(9);
for (let i = 0; i < 9; i++) m[i] = (i + 1) / 10;
let det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
console.log(det);
const v = new Float64Array(1000);
for (let i = 0; i < v.length; i++) v[i] = Math.sqrt(i);
let s = 0;
for (let i = 0; i < v.length; i++) s += v[i];
console.log(s);

// x >>> 0 is ToUint32, and >>> by a count shifts in zeros.
const vals = [0, -0, -1, -2, 1.5, -1.5, 2147483648, -2147483648, 4294967295, 4294967296, 4294967297,
  -4294967296, 0xdeadbeef, 0xdeadbeef | 0, 1e10, -1e10, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), NaN,
  Infinity, -Infinity, 1e21, 1e-5, -0.99];
for (const v of vals) {
  console.log(v, v >>> 0, v >>> 1, v >>> 31, v >>> 32, v >>> 16);
}
const negOne = -1;
console.log(negOne >>> 0, (negOne >>> 0) + 1, (negOne >>> 0) | 0);
let h = 2166136261;
for (let i = 0; i < 10; i++) {
  h = (h ^ i) >>> 0;
  h = Math.imul(h, 16777619) >>> 0;
}
console.log(h, h.toString(16));

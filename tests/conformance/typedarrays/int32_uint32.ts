// Int32Array and Uint32Array use ToInt32 / ToUint32 on store.
const vals = [0, -1, 1.5, -1.5, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  4294967297, 1e10, -1e10, 1e20, -1e20, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 0xdeadbeef, NaN, -Infinity, 5e-324];
const s = new Int32Array(vals.length);
const u = new Uint32Array(vals.length);
for (let i = 0; i < vals.length; i++) {
  s[i] = vals[i];
  u[i] = vals[i];
  console.log(vals[i], s[i], u[i]);
}
const h = new Uint32Array(4);
h[0] = 0x6a09e667;
h[1] = h[0] + h[0];
h[2] = h[0] * h[0];
h[3] = -h[0];
console.log(h[0], h[1], h[2], h[3]);
console.log(h[0] + h[0], h[0] * 2 > 4294967295);
const t = new Int32Array(2);
t[0] = 2147483647;
t[0]++;
t[1] = t[0] - 1;
console.log(t[0], t[1]);

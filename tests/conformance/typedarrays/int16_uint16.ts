// Int16Array and Uint16Array wrap modulo 65536.
const vals = [0, -1, 1.9, -1.9, 32767, 32768, 32769, 65535, 65536, 65537, -32768, -32769, -65536, 100000, -100000,
  2147483647, 4294967295, 1e15, NaN, Infinity];
const s = new Int16Array(vals.length);
const u = new Uint16Array(vals.length);
for (let i = 0; i < vals.length; i++) {
  s[i] = vals[i];
  u[i] = vals[i];
  console.log(vals[i], s[i], u[i]);
}
const acc = new Uint16Array(1);
for (let i = 0; i < 1000; i++) acc[0] += 997;
console.log(acc[0], (997 * 1000) % 65536);
const sacc = new Int16Array(1);
for (let i = 0; i < 1000; i++) sacc[0] -= 333;
console.log(sacc[0]);

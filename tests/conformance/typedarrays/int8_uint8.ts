// Int8Array and Uint8Array stores wrap modulo 256 after truncation; NaN and Infinity store 0.
const edge = [0, -0, 1, -1, 0.4, 0.6, 1.5, -1.5, 127, 128, 129, 255, 255.9, 256, 257, -128, -129, -255, -256,
  32767, 65535, 65536, 2147483648, 4294967295, 4294967297, -2147483649, 1e10, -1e10, 1e20, 2 ** 53 + 2, NaN,
  Infinity, -Infinity, 1e-10];
const i8 = new Int8Array(edge.length);
const u8 = new Uint8Array(edge.length);
for (let i = 0; i < edge.length; i++) {
  i8[i] = edge[i];
  u8[i] = edge[i];
}
for (let i = 0; i < edge.length; i++) {
  console.log(edge[i], i8[i], u8[i]);
}
const x = new Uint8Array(1);
x[0] = 250;
x[0] += 10;
console.log(x[0]);
x[0]--;
x[0]--;
console.log(x[0]);
const y = new Int8Array(1);
y[0] = 127;
y[0]++;
console.log(y[0]);
y[0] = -0;
console.log(y[0], 1 / y[0]);

// x | 0 is ToInt32: truncation toward zero, then wrap modulo 2^32 into the signed range.
const vals = [0, -0, 1.9, -1.9, 0.5, -0.5, 2147483647, 2147483648, 2147483649, -2147483648, -2147483649,
  4294967295, 4294967296, 4294967297, -4294967297, 0xdeadbeef, 1e10, -1e10, 1e20, -1e20, 2 ** 53,
  2 ** 53 + 2, 2 ** 63, 2 ** 64 + 4096, 1e300, 5e-324, NaN, Infinity, -Infinity, 3000000000.7, -3000000000.7,
  9007199254740991, -9007199254740991, 123456789012, 1.7976931348623157e308];
for (const v of vals) {
  console.log(v, v | 0);
}
let acc = 0;
for (let i = 0; i < 100; i++) {
  acc = (acc + 123456789) | 0;
}
console.log(acc);
let m = 1;
for (let i = 0; i < 40; i++) {
  m = (m * 3) | 0;
}
console.log(m);

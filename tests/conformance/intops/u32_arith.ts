// Unsigned 32-bit arithmetic in asm.js style; intermediate results stay doubles.
function add32(a: u32, b: u32): u32 {
  return (a + b) >>> 0;
}
function sub32(a: u32, b: u32): u32 {
  return (a - b) >>> 0;
}
function mul32(a: u32, b: u32): u32 {
  return Math.imul(a, b) >>> 0;
}
function rotl(x: u32, n: number): u32 {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}
const xs: u32[] = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0xdeadbeef, 12345678];
for (const x of xs) {
  console.log(x, add32(x, 0xffffffff), sub32(0, x), sub32(x, 1), mul32(x, x), rotl(x, 7), rotl(x, 31));
}
console.log(0xffffffff + 0xffffffff, 0xffffffff * 0xffffffff);
let x: u32 = 0xdeadbeef;
for (let i = 0; i < 8; i++) {
  x = add32(mul32(x, 1664525), 1013904223);
  console.log(x, x >>> 24, x & 0xffff, x > 0x7fffffff);
}
const hi = 0xffffffff;
const lo = 1;
console.log(hi > lo, (hi | 0) > lo, hi >>> 0 === 4294967295, (hi | 0) === -1);

// Common bit manipulation idioms used in kernel code.
function popcount(v: u32): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
function lowestBit(v: u32): u32 {
  return (v & -v) >>> 0;
}
function isPow2(v: u32): boolean {
  return v !== 0 && (v & (v - 1)) === 0;
}
function ctz(v: u32): number {
  if (v === 0) return 32;
  return 31 - Math.clz32(v & -v);
}
function bswap(v: u32): u32 {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}
function alignUp(v: number, a: number): number {
  return (v + a - 1) & ~(a - 1);
}
const vals: u32[] = [0, 1, 2, 3, 6, 64, 96, 255, 256, 0x80000000, 0xffffffff, 0xdeadbeef, 0x12345678, 4096];
for (const v of vals) {
  console.log(v, popcount(v), lowestBit(v), isPow2(v), ctz(v), bswap(v), bswap(v).toString(16), alignUp(v, 16));
}
console.log(alignUp(0x7ffffff1, 16), alignUp(4097, 4096));
let bits = 0;
for (let i = 0; i < 32; i++) bits += popcount(Math.imul(i + 1, 0x9e3779b9) >>> 0);
console.log(bits);

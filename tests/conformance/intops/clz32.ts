// Math.clz32 on edge values: converts with ToUint32 first.
const vals = [0, 1, 2, 3, 0xff, 0x100, 0x7fffffff, 0x80000000, 0xffffffff, 0xdeadbeef, -1, -0, 0.5, 1.5,
  2 ** 32, 2 ** 32 + 1, 2 ** 53, 2 ** 53 + 2, NaN, Infinity, -Infinity, 1e20, -2147483648, 65535.99];
for (const v of vals) {
  console.log(v, Math.clz32(v));
}
// floor(log2(x)) and next power of two via clz32
for (let x = 1; x < 3000; x = x * 3 + 1) {
  const log2 = 31 - Math.clz32(x);
  const next = x <= 1 ? 1 : 2 ** (32 - Math.clz32(x - 1));
  console.log(x, log2, next);
}

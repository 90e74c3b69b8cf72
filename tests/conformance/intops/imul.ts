// Math.imul: 32-bit multiply with wraparound, operands converted by ToInt32.
const pairs = [
  [2, 3], [-1, 8], [0xffffffff, 5], [0x7fffffff, 0x7fffffff], [0x80000000, 2], [0x80000000, -1],
  [0xdeadbeef, 0xcafebabe], [65536, 65536], [65535, 65537], [1.9, 2.9], [-1.9, 3], [NaN, 5],
  [Infinity, 2], [2 ** 53, 3], [123456789, 987654321], [-123456789, -987654321], [4294967296, 7],
  [0x9e3779b1, 16777619], [-0, 5], [1e10, 1e10],
];
for (const p of pairs) {
  console.log(p[0], p[1], Math.imul(p[0], p[1]), p[0] * p[1], (p[0] * p[1]) | 0);
}
// A multiply-based hash that depends on exact imul wraparound.
let h = 0x811c9dc5 | 0;
for (let i = 0; i < 1000; i++) {
  h = Math.imul(h ^ (i & 0xff), 0x01000193);
}
console.log(h, h >>> 0);
let lcg = 12345;
for (let i = 0; i < 20; i++) {
  lcg = (Math.imul(lcg, 1103515245) + 12345) | 0;
  console.log(lcg, (lcg >>> 16) & 0x7fff);
}

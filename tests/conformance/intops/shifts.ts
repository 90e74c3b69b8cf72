// Shift counts are taken modulo 32; << and >> work on int32, >>> on uint32.
const counts = [0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 1.9, 100];
for (const c of counts) {
  console.log(c, 1 << c, -1 << c, 0x40000000 << c, 0x80000000 >> c, -1 >> c, -8 >> c, 0xdeadbeef >> c, 0xdeadbeef >>> c);
}
console.log(1 << 31, (1 << 31) >>> 0, 1 << 30 << 1, (1 << 30) * 2);
console.log(255 << 24, (255 << 24) >>> 0, (255 << 24) >> 24, (255 << 24) >>> 24);
console.log(5.7 << 1, -5.7 >> 1, 2 ** 32 + 8 >> 2, NaN << 3, Infinity >> 0);
let x = 0x12345678;
x <<= 4;
console.log(x);
x >>= 8;
console.log(x);
x >>>= 4;
console.log(x);
let y = -100;
y >>= 2;
console.log(y);
y >>>= 28;
console.log(y);
const big = 3000000000;
console.log(big << 0, big >> 0, big >>> 0, big << 1, big >> 1, big >>> 1);

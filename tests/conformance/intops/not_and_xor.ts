// ~, &, |, ^ convert both operands with ToInt32 and give signed results.
const vals = [0, -1, 1, 0xff, 0xdeadbeef, 0x80000000, 0x7fffffff, 4294967296, 2 ** 53, 1.5, -1.5, NaN, Infinity, 1e20];
for (const v of vals) {
  console.log(v, ~v, ~~v, v & 0xff, v & 0xffffffff, v | 0xf0, v ^ -1, v ^ 0x55555555, (v & 0xff00ff00) >>> 0);
}
console.log(0xf0f0f0f0 & 0x0ff00ff0, 0xf0f0f0f0 | 0x0f0f0f0f, 0xf0f0f0f0 ^ 0xffffffff);
console.log((0xf0f0f0f0 | 0x0f0f0f0f) >>> 0, ~0xffffffff, ~0x100000000);
let mask = 0;
for (let i = 0; i < 32; i += 3) mask |= 1 << i;
console.log(mask, mask >>> 0);
mask &= ~(1 << 30);
console.log(mask);
mask ^= 0xffff;
console.log(mask);
console.log(-0 & 1, -0 | 0, -0 ^ 0, ~-0);

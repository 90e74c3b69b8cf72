// Deterministic PRNGs used for tests in kernels: xorshift32, a 64-bit-ish LCG split into halves, and a shuffle.
let state: u32 = 2463534242;
function xorshift32(): u32 {
  let x = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x >>> 0;
  return state;
}
let line = "";
for (let i = 0; i < 8; i++) line = line + xorshift32() + " ";
console.log(line);
let hi: u32 = 0;
let lo: u32 = 1;
function lcg64(): u32 {
  // state = state * 6364136223846793005 + 1442695040888963407 (mod 2^64), done in 16-bit limbs
  const a = [0x7f2d, 0x4c95, 0xf42d, 0x5851];
  const c = [0xf407, 0x9e37, 0x79b9, 0x1405];
  const s = [lo & 0xffff, lo >>> 16, hi & 0xffff, hi >>> 16];
  const r = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    let carry = 0;
    for (let j = 0; i + j < 4; j++) {
      const t = r[i + j] + s[i] * a[j] + carry;
      r[i + j] = t & 0xffff;
      carry = Math.floor(t / 65536);
    }
  }
  let carry = 0;
  for (let i = 0; i < 4; i++) {
    const t = r[i] + c[i] + carry;
    r[i] = t & 0xffff;
    carry = t >>> 16;
  }
  lo = (r[0] | (r[1] << 16)) >>> 0;
  hi = (r[2] | (r[3] << 16)) >>> 0;
  return hi;
}
line = "";
for (let i = 0; i < 6; i++) line = line + lcg64().toString(16) + ":" + lo.toString(16) + " ";
console.log(line);
const deck: number[] = [];
for (let i = 0; i < 20; i++) deck.push(i);
for (let i = deck.length - 1; i > 0; i--) {
  const j = xorshift32() % (i + 1);
  const t = deck[i];
  deck[i] = deck[j];
  deck[j] = t;
}
console.log(deck.join(","));
let buckets = new Uint32Array(8);
for (let i = 0; i < 8000; i++) buckets[xorshift32() >>> 29]++;
line = "";
for (let i = 0; i < 8; i++) line = line + buckets[i] + " ";
console.log(line);

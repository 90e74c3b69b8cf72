// Loops whose typed-array bounds checks are tested once before the loop (compiler/opt/versioning.ts):
// in range, partly out of range (reads give undefined/NaN, stores are ignored), negative starts,
// steps other than one, break and continue inside, and bounds that are not lengths.
const a = new Float64Array(8);
const b = new Int32Array(8);
for (let i = 0; i < 8; i++) { a[i] = i * 1.5; b[i] = i * 3 - 7; }
function sumRange(x: Float64Array, base: number, n: number): number {
  let s = 0;
  for (let j = 0; j < n; j++) s += x[base + j];
  return s;
}
console.log(sumRange(a, 0, 8), sumRange(a, 2, 4), sumRange(a, 6, 4), sumRange(a, -1, 3));
function copyShift(dst: Int32Array, src: Int32Array, off: number, n: number): void {
  for (let j = 0; j < n; j++) dst[off + j] = src[j] * 2;
}
const d = new Int32Array(8);
copyShift(d, b, 0, 8);
console.log(d.join());
copyShift(d, b, 5, 8);
console.log(d.join());
copyShift(d, b, -2, 4);
console.log(d.join());
let evens = 0;
for (let j = 0; j < 8; j += 2) evens += b[j];
let stepped = 0;
const step = 3;
for (let j = 1; j < 8; j += step) stepped += a[j];
console.log(evens, stepped);
let found = -1;
for (let j = 0; j < b.length; j++) {
  if (b[j] < 0) continue;
  if (b[j] > 5) { found = j; break; }
}
console.log(found);
const u8 = new Uint8Array(16);
for (let round = 0; round < 3; round++) {
  for (let j = round; j < 16; j++) u8[j] = (u8[j] + j * 37 + round) & 255;
}
console.log(u8.join(" "));
let start = 6;
let tail = 0;
for (let j = start; j < 10; j++) tail += b[j] ?? 1000;
console.log(tail);
function stepped2(x: Int32Array, from: number, step: number, n: number): number {
  let s = 0;
  for (let j = from; j < n; j += step) s += x[j] * (j + 1);
  return s;
}
function firstBig(x: Int32Array, limit: number): number {
  for (let j = 0; j < x.length; j++) {
    if (x[j] < 0) continue;
    if (x[j] > limit) return j;
  }
  return -1;
}
console.log(stepped2(b, 0, 2, 8), stepped2(b, 1, 3, 12), stepped2(b, -3, 4, 8), firstBig(b, 5), firstBig(b, 100));

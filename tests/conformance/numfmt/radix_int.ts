// toString(radix) of integers, including negatives and values above 2^32.
const vals = [0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -255, 2147483647, -2147483648, 4294967295,
  4294967296, 0xdeadbeef, 2 ** 53, 2 ** 53 - 1, 1e21, 123456789, -0];
const radixes = [2, 3, 8, 10, 16, 32, 36];
for (const v of vals) {
  let line = "";
  for (const r of radixes) {
    line = line + v.toString(r) + " ";
  }
  console.log(line);
}
console.log((35).toString(36), (36).toString(36), (1295).toString(36), (1296).toString(36));
console.log((255).toString(), (1e21).toString(), (NaN).toString(16), (Infinity).toString(2), (-Infinity).toString(36));
let hex = "";
for (let i = 0; i < 20; i++) {
  hex = hex + (Math.imul(i, 0x45d9f3b) >>> 0).toString(16) + " ";
}
console.log(hex);

// Int32 wraparound only happens where the program asks for it with | 0.
const a: i32 = 2000000000;
const b: i32 = 2000000000;
console.log(a + b);
console.log((a + b) | 0);
console.log((a + b) >>> 0);
console.log((a - -b) | 0);
console.log(((a + b) | 0) + 1);
let s: i32 = 0;
for (let i = 0; i < 50; i++) {
  s = (s + 0x7ffffff0) | 0;
  if (i % 7 === 0) console.log(i, s);
}
let u: u32 = 0;
for (let i = 0; i < 50; i++) {
  u = (u + 0xfffffff0) >>> 0;
  if (i % 7 === 0) console.log(i, u);
}
let mixed = 0;
for (let i = 0; i < 10; i++) {
  mixed = (mixed | 0) + 1500000000;
  console.log(mixed);
}
const neg: i32 = -2147483648;
console.log(neg - 1, (neg - 1) | 0, -neg, (-neg) | 0, neg * neg, Math.imul(neg, neg));

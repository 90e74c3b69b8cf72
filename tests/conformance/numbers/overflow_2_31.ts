// Arithmetic near 2^31 and 2^32 stays in doubles unless explicitly truncated.
const max32: number = 2147483647;
const min32: number = -2147483648;
console.log(max32 + 1);
console.log(min32 - 1);
console.log(max32 * 2);
console.log(max32 * max32);
console.log(min32 * -1);
console.log((min32 * -1) | 0);
console.log(-min32);
console.log(max32 + max32 + 2);
console.log(4294967295 + 1);
console.log(4294967296 * 4294967296);
let a = 2147483600;
for (let i = 0; i < 100; i++) a++;
console.log(a);
let b = -2147483600;
for (let i = 0; i < 100; i++) b--;
console.log(b);
let c = 1;
for (let i = 0; i < 40; i++) {
  c = c * 3;
  if (i > 15 && i % 4 === 0) console.log(i, c);
}
let sum = 0;
for (let i = 0; i < 70000; i++) sum += i;
console.log(sum);
let prod = 65536;
prod *= 65536;
console.log(prod, prod | 0, prod >>> 0, prod - 1, (prod - 1) | 0);
console.log(46341 * 46341, (46341 * 46341) | 0);
console.log(Math.floor(max32 / 2), Math.floor(min32 / 2), min32 / 2);
console.log(max32 / -1, min32 / -1);

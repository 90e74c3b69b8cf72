// The comma operator in for-loop updates and expressions evaluates left to right and yields the last value.
let out = "";
for (let i = 0, j = 10; i < j; i += 3, j -= 2) out += i + ":" + j + " ";
console.log(out);
let x = 0;
const y = (x++, x++, x * 10);
console.log(x, y);
let steps = 0;
let k = 100;
while ((steps++, k = k >> 1, k > 3)) {}
console.log(steps, k);

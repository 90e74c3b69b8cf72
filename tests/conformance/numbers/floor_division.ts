const xs: number[] = [];
for (let a = 0; a < 50; a += 7) for (let b = 1; b < 9; b += 3) xs.push(Math.floor(a / b));
console.log(xs.join(","));
let bits = 123456789;
let out = "";
while (bits > 0) { out += String.fromCharCode(97 + (bits % 26)); bits = Math.floor(bits / 26); }
console.log(out, Math.floor(-7 / 2), Math.floor(7 / -2), Math.floor(0 / 5), Math.floor(2 ** 53 / 3), Math.floor(-0 / 4));
const ROWS = 2000000, BLOCK = 1000;
console.log(ROWS / BLOCK, 7 / 2, 0 / -3, 1 / (0 / -3), 10 / 0);

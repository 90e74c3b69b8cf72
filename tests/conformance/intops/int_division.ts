// Integer division idioms: (a / b) | 0 truncates toward zero, Math.floor rounds down.
const nums = [7, -7, 0, 1, -1, 2147483647, -2147483648, 100, -100];
const dens = [2, -2, 3, 7, 0, -1];
for (const n of nums) {
  let line = "";
  for (const d of dens) {
    line = line + ((n / d) | 0) + "," + Math.floor(n / d) + "," + (n % d) + " ";
  }
  console.log(n, line);
}
console.log((-2147483648 / -1) | 0, -2147483648 % -1);
console.log(((1 << 31) / -1) | 0);
let q = 0x7fffffff;
let digits = 0;
while (q !== 0) {
  q = (q / 10) | 0;
  digits++;
}
console.log(digits);
let r = -123456789;
let out = "";
while (r !== 0) {
  out = out + (r % 10) + " ";
  r = (r / 10) | 0;
}
console.log(out);

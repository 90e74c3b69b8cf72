// Powers of two and ten printed in full: exact integers up to 2^1023 use exponent form past 1e21.
let p = 1;
for (let i = 0; i <= 80; i += 4) {
  console.log(i, p, -p);
  p = p * 16;
}
let q = 1;
for (let i = 0; i <= 40; i += 2) {
  console.log(-i, q);
  q = q / 4;
}
for (let i = -10; i <= 25; i += 5) {
  console.log(i, 10 ** i, 3 * 10 ** i, 7.77 * 10 ** i);
}
console.log(2 ** 1023, 2 ** -1074, 2 ** -1022, 2 ** -1023);

// Where JavaScript switches between fixed and exponent notation (1e21 and 1e-7 boundaries).
let x = 1;
for (let i = 0; i < 25; i++) {
  console.log(x, String(x), -x);
  x = x * 10;
}
let y = 1;
for (let i = 0; i < 12; i++) {
  console.log(y, String(y * 1.5), String(y * 1.234));
  y = y / 10;
}
console.log(999999999999999999999, 999999999999999900000, 1e21 - 65536, 1e21 + 131072);
console.log(0.000001, 0.0000009999999999999999, 0.00000099999, 1.2e-6, 1.2e-7);
console.log(1e300, 1.5e300, 1e-300, 1.5e-300, 5e-310, 1.23e-315);

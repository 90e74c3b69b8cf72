// Division never truncates: integer operands give fractional doubles.
function d(a: number, b: number): void {
  console.log(a, "/", b, "=", a / b);
}
d(7, 2);
d(-7, 2);
d(1, 3);
d(2147483647, 2);
d(-2147483648, 2);
d(-2147483648, -1);
d(1, 0);
d(-1, 0);
d(1, -0);
d(0, 0);
d(1e-310, 1e10);
d(5e-324, 2);
d(5e-324, 0.5);
d(1e308, 1e-10);
d(9007199254740993, 3);
d(22, 7);
d(355, 113);
let q = 1000000;
for (let i = 0; i < 5; i++) {
  q = q / 7;
  console.log(q, Math.floor(q), q | 0);
}
let total = 0;
for (let i = 1; i <= 20; i++) {
  total += 1 / i - 1 / (i + 1);
}
console.log(total);
const avg = (3 + 4 + 4) / 3;
console.log(avg, avg * 3);

// Past 2^53 integers are no longer exact: doubles round to even.
const p53 = 9007199254740992;
console.log(p53);
console.log(p53 + 1);
console.log(p53 + 2);
console.log(p53 + 3);
console.log(p53 - 1);
console.log(p53 + 1 === p53);
console.log(p53 * 2 + 1);
console.log(p53 * 2 + 2);
console.log(p53 * 2 + 3);
console.log(9007199254740993);
console.log(9007199254740995);
console.log(18014398509481985);
console.log(p53 * p53);
console.log(123456789 * 987654321);
console.log(999999999999999999);
console.log(12345678901234567890);
let f = 1;
for (let i = 1; i <= 25; i++) {
  f = f * i;
  console.log(i, f);
}
let x = p53 - 3;
for (let i = 0; i < 6; i++) {
  console.log(x);
  x = x + 1;
}
console.log(2 ** 63, 2 ** 64, -(2 ** 63));
console.log(2 ** 63 + 1024, 2 ** 63 + 1025);
console.log(p53 % 7, (p53 * 3) % 1000, -p53 % 10);
console.log(Math.floor(p53 / 3), p53 / 3);

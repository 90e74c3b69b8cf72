// toFixed with many digits shows the exact binary expansion.
console.log((0.1).toFixed(20));
console.log((0.1).toFixed(30));
console.log((1 / 3).toFixed(25));
console.log((2 ** -30).toFixed(40));
console.log((5e-324).toFixed(100));
console.log((123.456).toFixed(17));
console.log((1e20).toFixed(10));
console.log((9.999999999999999e20).toFixed(3));
console.log((0.5).toFixed(100));
console.log((-1.23e-10).toFixed(12));
let money = 0;
for (let i = 0; i < 37; i++) {
  money += 19.99;
  if (i % 6 === 0) console.log(money, money.toFixed(2));
}
for (let d = 0; d <= 8; d++) {
  console.log(d, (Math.PI * 1000).toFixed(d), (-Math.E).toFixed(d));
}

// Long-running accumulations where rounding order matters.
let kahanSum = 0;
let comp = 0;
let naive = 0;
for (let i = 0; i < 10000; i++) {
  const v = 0.1 * (i % 7) + 1e-3;
  naive += v;
  const y = v - comp;
  const t = kahanSum + y;
  comp = (t - kahanSum) - y;
  kahanSum = t;
}
console.log(naive);
console.log(kahanSum);
console.log(naive - kahanSum);
let geo = 1;
for (let i = 0; i < 200; i++) geo *= 1.01;
console.log(geo);
let decay = 1000;
for (let i = 0; i < 500; i++) decay *= 0.97;
console.log(decay);
let alt = 0;
for (let k = 0; k < 2000; k++) alt += (k % 2 === 0 ? 4 : -4) / (2 * k + 1);
console.log(alt);
let big = 0;
for (let i = 0; i < 100; i++) big += 1e15 + 0.3;
console.log(big);
let fib1 = 0;
let fib2 = 1;
for (let i = 0; i < 90; i++) {
  const t = fib1 + fib2;
  fib1 = fib2;
  fib2 = t;
  if (i >= 70 && i % 3 === 0) console.log(i, fib2);
}
console.log(fib2 / fib1);

// Subnormal numbers: printing, arithmetic and gradual underflow.
let d = 2.2250738585072014e-308;
for (let i = 0; i < 56; i += 5) {
  console.log(i, d);
  d = d / 32;
}
console.log(5e-324 + 5e-324, 5e-324 * 1e308, 1e-320 / 1e-10);
console.log(4.9e-324, 2.5e-324, 2.4e-324, 7e-324, 1e-323);
let s = 0;
for (let i = 1; i <= 10; i++) s += i * 5e-324;
console.log(s);
console.log(2.225073858507201e-308 * 2 ** 52, 1.1125369292536007e-308 * 2);

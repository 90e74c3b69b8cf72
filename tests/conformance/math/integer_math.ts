// Integer algorithms in plain doubles: exact up to 2^53, gcd/lcm, modular exponentiation, digit sums.
function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}
function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
function modpow(b: number, e: number, m: number): number {
  let r = 1;
  b %= m;
  while (e > 0) {
    if (e % 2 === 1) r = (r * b) % m;
    b = (b * b) % m;
    e = Math.floor(e / 2);
  }
  return r;
}
console.log(gcd(1071, 462), gcd(-12, 18), lcm(4, 6), lcm(2 ** 20, 3 ** 10));
let l = 1;
for (let i = 1; i <= 40; i++) l = lcm(l, i);
console.log(l, Number.isSafeInteger(l));
console.log(modpow(2, 100, 1000007), modpow(3, 1e6, 65537), modpow(7, 0, 13));
let f = 1;
let digits = 0;
for (let i = 1; i <= 20; i++) f *= i;
for (let t = f; t > 0; t = Math.floor(t / 10)) digits += t % 10;
console.log(f, digits);

// Plain recursion: fibonacci, factorial past 2^53, gcd, power set counting.
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function fact(n: number): number {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function sumDigits(n: number): number {
  if (n < 10) return n;
  return (n % 10) + sumDigits(Math.floor(n / 10));
}
function countPaths(r: number, c: number): number {
  if (r === 0 || c === 0) return 1;
  return countPaths(r - 1, c) + countPaths(r, c - 1);
}
for (let i = 0; i <= 25; i += 5) console.log("fib", i, fib(i));
for (let i = 0; i <= 30; i += 6) console.log("fact", i, fact(i));
console.log(fact(170), fact(171));
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2.5, 1));
console.log(sumDigits(987654321), sumDigits(2 ** 40));
console.log(countPaths(6, 6), countPaths(8, 4));

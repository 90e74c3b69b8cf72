// Hand-written sorts over number arrays (the part-1 subset has no Array.prototype.sort).
function insertion(xs: number[]): number[] {
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > v) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = v;
  }
  return xs;
}
function quick(xs: number[], lo: number, hi: number): void {
  if (lo >= hi) return;
  const p = xs[(lo + hi) >> 1];
  let i = lo;
  let j = hi;
  while (i <= j) {
    while (xs[i] < p) i++;
    while (xs[j] > p) j--;
    if (i <= j) {
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
      i++;
      j--;
    }
  }
  quick(xs, lo, j);
  quick(xs, i, hi);
}
function gen(n: number, seed: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    out.push((s % 1000) - 500 + (s % 7) / 8);
  }
  return out;
}
console.log(insertion(gen(20, 1)).join(" "));
const big = gen(5000, 42);
quick(big, 0, big.length - 1);
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[2500], big[4999]);
console.log(insertion([3, -0, 0, -1, 2]).join(","));

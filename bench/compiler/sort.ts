// Benchmark: a hand-written top-down merge sort of a number[] (one million pseudo-random u32
// values) through a comparator function value, then a stable re-sort of a shuffle by the low ten
// bits. Measures calls through function values, number[] indexing and recursion.
// bench/compiler/run.ts compiles and times it against sort.c (same algorithm, same LCG, same
// output lines), Node and porffor.

const COUNT: i32 = 1000000;

// State of the Numerical Recipes LCG (x * 1664525 + 1013904223 mod 2^32).
class Lcg {
  constructor(private state: u32) {}

  next(): u32 {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state;
  }
}

// Sorts a[lo..hi) stably, using tmp[lo..hi) as scratch.
function mergeSort(
  a: number[],
  tmp: number[],
  lo: i32,
  hi: i32,
  cmp: (x: number, y: number) => number,
): void {
  if (hi - lo < 2) return;
  const mid: i32 = (lo + hi) >>> 1;
  mergeSort(a, tmp, lo, mid, cmp);
  mergeSort(a, tmp, mid, hi, cmp);
  if (cmp(a[mid - 1], a[mid]) <= 0) return;
  let i: i32 = lo;
  let j: i32 = mid;
  let k: i32 = lo;
  while (i < mid && j < hi) {
    if (cmp(a[j], a[i]) < 0) tmp[k++] = a[j++];
    else tmp[k++] = a[i++];
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  for (k = lo; k < hi; k++) a[k] = tmp[k];
}

// Prints a 32-bit polynomial hash of the array's order and checks that it is sorted under cmp.
function report(label: string, a: number[], cmp: (x: number, y: number) => number): void {
  let hash: u32 = 0;
  let inversions: i32 = 0;
  for (let i: i32 = 0; i < a.length; i++) {
    hash = (Math.imul(hash, 31) + a[i]) >>> 0;
    if (i > 0 && cmp(a[i - 1], a[i]) > 0) inversions++;
  }
  const n = a.length;
  console.log(
    `sort ${label}: n ${n}, first ${a[0]}, middle ${a[n >>> 1]}, last ${a[n - 1]}, ` +
      `hash ${hash}, inversions ${inversions}`,
  );
}

export function main(): void {
  const rng = new Lcg(2024);
  const a: number[] = [];
  const tmp: number[] = [];
  for (let i: i32 = 0; i < COUNT; i++) {
    a.push(rng.next());
    tmp.push(0);
  }
  const ascending = (x: number, y: number): number => x - y;
  mergeSort(a, tmp, 0, COUNT, ascending);
  report("ascending", a, ascending);
  // Shuffle deterministically (Fisher-Yates), then sort by the low bits: ties keep the shuffle.
  for (let i: i32 = COUNT - 1; i > 0; i--) {
    const j: i32 = rng.next() % (i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  const byLowBits = (x: number, y: number): number => (x & 1023) - (y & 1023);
  mergeSort(a, tmp, 0, COUNT, byLowBits);
  report("by low bits", a, byLowBits);
}

main();

// Benchmark (compiler issue 3): a word count in a
// Map<string, number> over six million made-up words, the ten most frequent words, and a memo
// table in a Map<number, number> of Collatz sequence lengths, pruned with delete and walked in
// insertion order. Measures hashing, lookup, insertion, deletion and ordered iteration.
// bench/compiler/run.ts times it against maps.c (insertion-ordered open-addressing hash tables
// written for it), Node and porffor.

const WORDS: i32 = 6000000;
const COLLATZ_LIMIT: i32 = 1000000;
const SYLLABLES: string[] = ["ka", "to", "ri", "ne", "su", "mo", "ha", "ya", "chi", "ten", "ro", "mi"];

class Lcg {
  constructor(private state: u32) {}

  next(): u32 {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state;
  }

  // A number in [0, n), from the high bits: an LCG's low bits have short periods.
  below(n: i32): i32 {
    return (this.next() >>> 16) % n;
  }
}

// One to four syllables, the short ones far more likely, so that counts spread out.
function makeWord(rng: Lcg): string {
  const r = rng.below(100);
  const n = r < 40 ? 1 : r < 75 ? 2 : r < 95 ? 3 : 4;
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[rng.below(SYLLABLES.length)];
  return w;
}

function countWords(rng: Lcg): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < WORDS; i++) {
    const w = makeWord(rng);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

// The ten most frequent words, ties broken by string order.
function topTen(counts: Map<string, number>): string {
  const words: string[] = [];
  for (const w of counts.keys()) words.push(w);
  words.sort((a, b) => {
    const d = counts.get(b)! - counts.get(a)!;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
  return words
    .slice(0, 10)
    .map((w) => `${w}:${counts.get(w)}`)
    .join(" ");
}

// Steps to reach 1, memoised for every value met on the way.
function collatzLength(n: number, memo: Map<number, number>): number {
  if (n === 1) return 1;
  const known = memo.get(n);
  if (known !== undefined) return known;
  const next = n % 2 === 0 ? n / 2 : 3 * n + 1;
  const length = 1 + collatzLength(next, memo);
  memo.set(n, length);
  return length;
}

function collatz(): void {
  const memo = new Map<number, number>();
  let best = 1;
  let bestLength = 1;
  for (let n = 1; n < COLLATZ_LIMIT; n++) {
    const length = collatzLength(n, memo);
    if (length > bestLength) {
      best = n;
      bestLength = length;
    }
  }
  const entries = memo.size;
  const above: number[] = [];
  for (const k of memo.keys()) if (k >= COLLATZ_LIMIT) above.push(k);
  for (const k of above) memo.delete(k);
  let hash: u32 = 0;
  for (const [k, v] of memo) hash = (Math.imul(hash, 31) + k + v) >>> 0;
  console.log(
    `maps: collatz below ${COLLATZ_LIMIT}: longest ${best} (${bestLength}), memo ${entries} entries, ` +
      `${memo.size} kept, order hash ${hash}`,
  );
}

export function main(): void {
  const counts = countWords(new Lcg(1234));
  let hash: u32 = 0;
  for (const [w, c] of counts) hash = (Math.imul(hash, 31) + w.length * 1000 + c) >>> 0;
  console.log(`maps: ${WORDS} words, ${counts.size} distinct, order hash ${hash}`);
  console.log(`maps: top ten ${topTen(counts)}`);
  collatz();
}

main();

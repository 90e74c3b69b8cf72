// Labeled continue skips to the next iteration of an outer loop (running its update clause).
const primes: number[] = [];
next: for (let n = 2; n < 60; n++) {
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) continue next;
  }
  primes.push(n);
}
console.log(primes.join(" "));
let log = "";
outer: for (let i = 0; i < 4; i++) {
  let j = 0;
  while (j < 4) {
    j++;
    if (j === 2) continue;
    if (i === j) continue outer;
    log = log + i + j + " ";
  }
  log = log + "| ";
}
console.log(log);
let k = 0;
let hits = 0;
loop: do {
  k++;
  for (let x = 0; x < 5; x++) {
    if (x === k % 5) continue loop;
    hits++;
  }
} while (k < 10);
console.log(k, hits);

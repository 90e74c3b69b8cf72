// Benchmark: the Sieve of Eratosthenes over a Uint8Array, six rounds of primes below 20 million.
// Measures typed-array byte loads and stores in tight integer loops. bench/compiler/run.ts compiles
// and times it against sieve.c (same algorithm, same output line), Node and porffor.

const LIMIT: i32 = 20000000;
const ROUNDS: i32 = 6;

// Marks composites in composite[0..limit); 0 means prime. The whole buffer is cleared first.
function sieve(composite: Uint8Array, limit: i32): void {
  composite.fill(0);
  composite[0] = 1;
  composite[1] = 1;
  for (let i: i32 = 2; i * i < limit; i++) {
    if (composite[i] === 0) {
      for (let j: i32 = i * i; j < limit; j += i) composite[j] = 1;
    }
  }
}

export function main(): void {
  const composite = new Uint8Array(LIMIT);
  let count: i32 = 0;
  let sum = 0; // up to about 5e13: exact in a double
  let last: i32 = 0;
  for (let round: i32 = 0; round < ROUNDS; round++) {
    const limit: i32 = LIMIT - round * 1000;
    sieve(composite, limit);
    for (let i: i32 = 0; i < limit; i++) {
      if (composite[i] === 0) {
        count++;
        sum += i;
        last = i;
      }
    }
  }
  console.log(`sieve: ${ROUNDS} rounds below ${LIMIT}: ${count} primes, sum ${sum}, last ${last}`);
}

main();

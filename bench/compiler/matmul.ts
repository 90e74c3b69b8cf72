// Benchmark: dense matrix multiply on row-major Float64Arrays (900x900, i-k-j loop order), two
// rounds, each feeding its product back in. Measures double arithmetic and Float64Array indexing.
// bench/compiler/run.ts compiles and times it against matmul.c (same algorithm, same LCG, same
// output lines), Node and porffor. The checksums are exact: every product and sum is rounded
// once, as IEEE 754 doubles, in the same order in every implementation.

const N: i32 = 900;
const ROUNDS: i32 = 2;

// State of the Numerical Recipes LCG (x * 1664525 + 1013904223 mod 2^32), kept in a class so
// that the generator is not module-level mutable state.
class Lcg {
  constructor(private state: u32) {}

  // A double in [0, 1) with 24 random bits.
  nextUnit(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 8) / 16777216;
  }
}

function fillRandom(m: Float64Array, rng: Lcg): void {
  for (let i: i32 = 0; i < m.length; i++) m[i] = rng.nextUnit() - 0.5;
}

// c = a * b for n x n matrices; c is overwritten.
function multiply(a: Float64Array, b: Float64Array, c: Float64Array, n: i32): void {
  c.fill(0);
  for (let i: i32 = 0; i < n; i++) {
    for (let k: i32 = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j: i32 = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
}

export function main(): void {
  const rng = new Lcg(12345);
  const a = new Float64Array(N * N);
  const b = new Float64Array(N * N);
  const c = new Float64Array(N * N);
  fillRandom(a, rng);
  fillRandom(b, rng);
  for (let round: i32 = 0; round < ROUNDS; round++) {
    multiply(a, b, c, N);
    let sum = 0;
    let trace = 0;
    for (let i: i32 = 0; i < N * N; i++) sum += c[i];
    for (let i: i32 = 0; i < N; i++) trace += c[i * N + i];
    const corner = Math.floor(c[7 * N + 11] * 1e9);
    console.log(
      `matmul: round ${round} ${N}x${N}: sum*1e6 ${Math.floor(sum * 1e6)}, ` +
        `trace*1e6 ${Math.floor(trace * 1e6)}, c[7,11]*1e9 ${corner}`,
    );
    // Feed the product back in so that each round multiplies a new matrix.
    for (let i: i32 = 0; i < N * N; i++) a[i] = c[i] * 0.01;
  }
}

main();

// A small seeded pseudo-random generator (Marsaglia's xorshift32, "Xorshift RNGs", Journal of
// Statistical Software 8(14), 2003, shifts 13/17/5) for allocation traces and randomized tests:
// the same seed gives the same sequence under Node and compiled by yao. Used by trace.ts and by the
// allocator test suite.

export class SeededRandom {
  private state: u32;

  constructor(seed: u32) {
    // xorshift must not start at 0; mix the seed so nearby seeds diverge at once.
    const mixed: u32 = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    this.state = mixed === 0 ? 1 : mixed;
  }

  /** Next value, uniform over [1, 2^32). */
  next(): u32 {
    let x: u32 = this.state;
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    this.state = x;
    return x;
  }

  /** Uniform over [0, bound) for 1 <= bound <= 2^32 (slightly biased for huge bounds; fine here). */
  below(bound: u32): u32 {
    return Math.floor((this.next() / 4294967296) * bound) >>> 0;
  }

  /** Uniform over [low, high]. */
  between(low: u32, high: u32): u32 {
    return (low + this.below(high - low + 1)) >>> 0;
  }

  /** True with probability percent / 100. */
  chance(percent: u32): boolean {
    return this.below(100) < percent;
  }
}

// Benchmark (compiler issue 3): a recursive-descent evaluator of integer expressions, a fifth of them malformed or dividing by zero, where
// every failure is a throw: a ParseError (a user class extending Error, with an extra field) or a
// RangeError, thrown from deep in the recursion, caught, sometimes converted and rethrown, with
// try/finally keeping the nesting depth right. Measures throw, catch, finally and instanceof.
// bench/compiler/run.ts times it against exceptions.c (the same evaluator with setjmp/longjmp
// handlers, C's nearest equivalent of unwinding), Node and porffor.

const POOL: i32 = 100000;
const ROUNDS: i32 = 20;
const MAX_DEPTH: i32 = 12;
const MODULUS = 1000003;
const LARGEST_LITERAL = 99999;

class ParseError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = "ParseError";
  }
}

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

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly src: string) {}

  parse(): number {
    const v = this.expression();
    if (this.pos < this.src.length) throw new ParseError("unexpected character", this.pos);
    return v;
  }

  private peek(): number {
    return this.pos < this.src.length ? this.src.charCodeAt(this.pos) : -1;
  }

  private expression(): number {
    let v = this.term();
    for (let c = this.peek(); c === 43 || c === 45; c = this.peek()) {
      this.pos++;
      const r = this.term();
      v = (c === 43 ? v + r : v - r) % MODULUS;
    }
    return v;
  }

  private term(): number {
    let v = this.factor();
    for (let c = this.peek(); c === 42 || c === 47; c = this.peek()) {
      this.pos++;
      const r = this.factor();
      if (c === 42) v = (v * r) % MODULUS;
      else if (r === 0) throw new RangeError("division by zero");
      else v = Math.trunc(v / r);
    }
    return v;
  }

  private factor(): number {
    const c = this.peek();
    if (c === 40) return this.parenthesised();
    if (c === 45) {
      this.pos++;
      return -this.factor();
    }
    if (c >= 48 && c <= 57) return this.literal();
    throw new ParseError("expected a number", this.pos);
  }

  private parenthesised(): number {
    this.depth++;
    try {
      if (this.depth > MAX_DEPTH) throw new RangeError("nested too deeply");
      this.pos++;
      const v = this.expression();
      if (this.peek() !== 41) throw new ParseError("expected )", this.pos);
      this.pos++;
      return v;
    } finally {
      this.depth--;
    }
  }

  // A too-large literal is a RangeError from digits(), turned into a ParseError at its start.
  private literal(): number {
    const start = this.pos;
    try {
      return this.digits();
    } catch (e) {
      if (e instanceof RangeError) throw new ParseError("literal too large", start);
      throw e;
    }
  }

  private digits(): number {
    let v = 0;
    for (let c = this.peek(); c >= 48 && c <= 57; c = this.peek()) {
      v = v * 10 + (c - 48);
      if (v > LARGEST_LITERAL) throw new RangeError("literal too large");
      this.pos++;
    }
    return v;
  }
}

// A random expression, nested up to `depth` levels of parentheses.
function makeExpression(rng: Lcg, depth: number): string {
  let s = makeOperand(rng, depth);
  const terms = rng.below(4);
  for (let i = 0; i < terms; i++) s += "+-*/".charAt(rng.below(4)) + makeOperand(rng, depth);
  return s;
}

function makeOperand(rng: Lcg, depth: number): string {
  const r = rng.below(10);
  if (r < 3 && depth > 0) return `(${makeExpression(rng, depth - 1)})`;
  if (r === 3) return `-${rng.below(50)}`;
  if (r === 4) return `${rng.below(300000)}`;
  return `${rng.below(1000)}`;
}

// Breaks about a fifth of the expressions: a stray letter, a lost parenthesis or a zero divisor.
function maybeCorrupt(rng: Lcg, s: string): string {
  const r = rng.below(20);
  const at = rng.below(s.length);
  if (r === 0) return s.slice(0, at) + "x" + s.slice(at);
  if (r === 1) return s.replace(")", "");
  if (r === 2) return s + "/0";
  if (r === 3) return "(".repeat(MAX_DEPTH + 1) + s + ")".repeat(MAX_DEPTH + 1);
  return s;
}

class Outcome {
  ok: i32 = 0;
  parseErrors: i32 = 0;
  rangeErrors: i32 = 0;
  attempts: i32 = 0;
  valueHash: u32 = 0;
  errorHash: u32 = 0;
}

function evaluate(src: string, out: Outcome): void {
  try {
    const v = new Parser(src).parse();
    out.ok++;
    out.valueHash = (Math.imul(out.valueHash, 31) + (v | 0)) >>> 0;
  } catch (e) {
    if (e instanceof ParseError) {
      out.parseErrors++;
      out.errorHash = (Math.imul(out.errorHash, 31) + e.position * 64 + e.message.length) >>> 0;
    } else if (e instanceof RangeError) {
      out.rangeErrors++;
      out.errorHash = (Math.imul(out.errorHash, 31) + e.message.length) >>> 0;
    } else throw e;
  } finally {
    out.attempts++;
  }
}

export function main(): void {
  const rng = new Lcg(5150);
  const pool: string[] = [];
  for (let i = 0; i < POOL; i++) pool.push(maybeCorrupt(rng, makeExpression(rng, 3)));
  const out = new Outcome();
  for (let round = 0; round < ROUNDS; round++) for (const src of pool) evaluate(src, out);
  console.log(
    `exceptions: ${out.attempts} attempts: ${out.ok} values (hash ${out.valueHash}), ` +
      `${out.parseErrors} parse errors, ${out.rangeErrors} range errors (hash ${out.errorHash})`,
  );
}

main();

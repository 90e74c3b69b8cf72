// Tests for the runtime's transcendental Math functions (math.c). Node is the oracle: every
// expected value is computed here by Node's own Math, and results are compared bit for bit
// (so -0 counts; any NaN matches any NaN, since JavaScript cannot tell NaNs apart). math.c is
// compiled freestanding to prove it needs nothing from libc or libm, and linked into
// test/math_driver.c, which answers batches of calls in binary (protocol in its header).
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "math.c");
let work = "";
let driver = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "yao-math-"));
  driver = join(work, "math_driver");
  execFileSync("gcc", ["-std=gnu11", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror",
    source, join(here, "test", "math_driver.c"), "-lm", "-o", driver]);
});

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------- driver protocol

// One batch: `count` calls of `name`, each with `arity` arguments, laid out call after call.
interface Batch { name: string; arity: number; count: number; args: Float64Array }

function batch(name: string, arity: number, args: Float64Array, count = args.length / arity): Batch {
  return { name, arity, count, args };
}

function encode(b: Batch): Buffer {
  const header = Buffer.alloc(16);
  header.write(b.name, 0, "ascii");
  header.writeUInt32LE(b.arity, 8);
  header.writeUInt32LE(b.count, 12);
  return Buffer.concat([header, Buffer.from(b.args.buffer, b.args.byteOffset, b.args.byteLength)]);
}

// Runs the batches in one driver process; returns each batch's results.
function runDriver(batches: Batch[]): Float64Array[] {
  const result = spawnSync(driver, { input: Buffer.concat(batches.map(encode)), maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`math_driver failed: ${result.stderr}`);
  const out = result.stdout;
  const all = new Float64Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
  const results: Float64Array[] = [];
  let at = 0;
  for (const b of batches) {
    results.push(all.subarray(at, at + b.count));
    at += b.count;
  }
  expect(at).toBe(all.length);
  return results;
}

// ---------------------------------------------------------------- bits

const scratch = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0);
}

function doubleOf(bits: bigint): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratch.getFloat64(0);
}

const show = (x: number): string => `${Object.is(x, -0) ? "-0" : x} (0x${bitsOf(x).toString(16)})`;

// The neighbours of x, `ulps` representable doubles away (same sign).
const step = (x: number, ulps: number): number => doubleOf(bitsOf(x) + BigInt(ulps));

// ---------------------------------------------------------------- comparison with Node

type Fn = (...args: number[]) => number;

// Calls `name` in yao for every argument tuple in `args` and compares with Node's `f`;
// fails listing the first mismatches.
function expectSameAsNode(name: string, arity: number, f: Fn, args: Float64Array, count?: number): void {
  const [got] = runDriver([batch(name, arity, args, count)]);
  const gotBits = new BigUint64Array(got.buffer, got.byteOffset, got.length);
  const expected = new Float64Array(got.length);
  for (let i = 0; i < got.length; i++) {
    expected[i] = arity === 1 ? f(args[i]) : f(...args.subarray(i * arity, (i + 1) * arity));
  }
  const expectedBits = new BigUint64Array(expected.buffer);
  const bad: string[] = [];
  for (let i = 0; i < got.length && bad.length < 10; i++) {
    if (gotBits[i] === expectedBits[i] || (Number.isNaN(got[i]) && Number.isNaN(expected[i]))) continue;
    const call = Array.from(args.subarray(i * arity, (i + 1) * arity), show).join(", ");
    bad.push(`${name}(${call}): node ${show(expected[i])} yao ${show(got[i])}`);
  }
  expect(bad).toEqual([]);
}

// ---------------------------------------------------------------- inputs

// Seeded generator (mulberry32) so every run tests the same numbers.
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = makeRandom(0x6d617468);
const uniform = (lo: number, hi: number): number => lo + (hi - lo) * random();
const randomInt = (lo: number, hi: number): number => Math.floor(uniform(lo, hi + 1));
const randomSign = (x: number): number => (random() < 0.5 ? -x : x);

// Any 64-bit pattern: NaNs, infinities, subnormals and every binade.
function randomBits(): number {
  scratch.setUint32(0, Math.floor(random() * 2 ** 32));
  scratch.setUint32(4, Math.floor(random() * 2 ** 32));
  return scratch.getFloat64(0);
}

// A positive double with a random 52-bit fraction and an exponent in [lo, hi] (-1074..1023);
// exponents below -1022 give subnormals.
function randomBinade(lo: number, hi: number): number {
  const e = randomInt(lo, hi);
  const fraction = (BigInt(Math.floor(random() * 2 ** 26)) << 26n) | BigInt(Math.floor(random() * 2 ** 26));
  if (e >= -1022) return doubleOf((BigInt(e + 1023) << 52n) | fraction);
  return doubleOf(fraction >> BigInt(-1022 - e)) || Number.MIN_VALUE;
}

const anyMagnitude = (): number => randomSign(randomBinade(-1074, 1023));

const RANDOM_PER_FUNCTION = 200_000;

// RANDOM_PER_FUNCTION inputs: a quarter random bit patterns, a quarter any sign and binade, half
// drawn evenly from the function's useful ranges.
function randomInputs(useful: (() => number)[]): number[] {
  const xs: number[] = [];
  for (let i = 0; i < RANDOM_PER_FUNCTION / 4; i++) xs.push(randomBits(), anyMagnitude());
  const perRange = Math.ceil(RANDOM_PER_FUNCTION / 2 / useful.length);
  for (const g of useful) for (let i = 0; i < perRange; i++) xs.push(g());
  return xs;
}

// Values every function is tried on, with their neighbours.
const EDGES: number[] = [
  0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE,
  -Number.MAX_VALUE, 2 ** -1022, -(2 ** -1022), 2 ** -1022 - 2 ** -1074, 2 ** -1074 * 3, 1, -1, 0.5,
  -0.5, 2, -2, 3, 10, -10, 0.1, 1e-300, 1e300, 2 ** -28, 2 ** -27, 2 ** -29, 2 ** -54, 2 ** -55,
  2 ** -57, 2 ** 28, 2 ** 31, 2 ** 53, 2 ** 64, 2 ** 66, 22, -22, 0.975, 0.3, 0.78125, 7 / 16,
  11 / 16, 19 / 16, 39 / 16, 0.6744, Math.SQRT2, Math.SQRT1_2, Math.E, Math.LN2, Math.LN2 / 2,
  1.5 * Math.LN2, 56 * Math.LN2, Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, 1e22, 2 ** 19 * Math.PI / 2,
  709.782712893384, 709.7822265625, 710.4758600739439, -745.1332191019411, -708.3964185322641, 1e10,
];

function withNeighbours(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs) {
    out.push(x, -x);
    if (Number.isFinite(x) && x !== 0) for (const k of [-2, -1, 1, 2]) out.push(step(x, k), -step(x, k));
  }
  return out;
}

// Doubles within a few ulps of n*pi/2: the arguments where trigonometric reduction cancels.
function nearMultiplesOfHalfPi(count: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = random() < 0.5 ? randomInt(1, 64) : randomInt(1, 2 ** randomInt(1, 40));
    xs.push(randomSign(step(n * (Math.PI / 2), randomInt(-3, 3))));
  }
  return xs;
}

// Inputs known to be hard for argument reduction: 1e22, 2^1023, the double nearest a multiple
// of pi/2 among all doubles (6381956970095103 * 2^797, from K. C. Ng's paper), and the doubles
// below 2^19 pi/2 nearest to n pi/2 (found with exact BigInt arithmetic over every n <= 2^19;
// the first is within 7.6e-7 ulp of 204551 pi/2).
const HARD_TRIG = [1e22, 2 ** 1023, 6381956970095103 * 2 ** 797, 5.319372648326541e255,
  1.2e306, 8.98846567431158e307, 1e100, 1e200, 2 ** 120, 3.141592653589793e15, 1e16,
  321307.9594422229, 642615.9188844458, 413441.44719405076, 597708.4226977065, 687523.4150711851,
  505574.93494587863, 229174.47169039503, 781975.3982013622, 138200.2316277418];

interface UnarySpec { name: string; f: (x: number) => number; useful: (() => number)[]; extra?: () => number[] }

const nearOne = (spread: number) => () => 1 + uniform(-spread, spread);

const UNARY: UnarySpec[] = [
  { name: "exp", f: Math.exp, useful: [() => uniform(-746, 710), () => uniform(-2, 2), () => uniform(-1e-8, 1e-8),
    () => randomSign(step(709.782712893384, randomInt(-50, 50))), () => uniform(-745.2, -708)] },
  { name: "expm1", f: Math.expm1, useful: [() => uniform(-40, 710), () => uniform(-1, 1),
    () => uniform(-1e-10, 1e-10), () => randomSign(randomBinade(-60, 2))] },
  { name: "log", f: Math.log, useful: [() => randomBinade(-1074, 1023), nearOne(1e-6), nearOne(0.5),
    () => uniform(0, 1000)] },
  { name: "log2", f: Math.log2, useful: [() => randomBinade(-1074, 1023), nearOne(1e-6), nearOne(0.5),
    () => randomSign(step(Math.SQRT2 * 2 ** randomInt(-20, 20), randomInt(-8, 8)))] },
  { name: "log10", f: Math.log10, useful: [() => randomBinade(-1074, 1023), nearOne(1e-6),
    () => 10 ** randomInt(-323, 308), () => uniform(0, 1000)] },
  { name: "log1p", f: Math.log1p, useful: [() => uniform(-1, 1), () => uniform(-1e-9, 1e-9),
    () => -1 + randomBinade(-60, -1), () => randomBinade(-60, 1023), () => uniform(-0.3, 0.42)] },
  { name: "sin", f: Math.sin, useful: [() => uniform(-10, 10), () => uniform(-1e6, 1e6),
    () => randomSign(randomBinade(19, 1023)), () => randomSign(randomBinade(-30, 19))],
    extra: () => [...nearMultiplesOfHalfPi(20000), ...withNeighbours(HARD_TRIG)] },
  { name: "cos", f: Math.cos, useful: [() => uniform(-10, 10), () => uniform(-1e6, 1e6),
    () => randomSign(randomBinade(19, 1023)), () => randomSign(randomBinade(-30, 19))],
    extra: () => [...nearMultiplesOfHalfPi(20000), ...withNeighbours(HARD_TRIG)] },
  { name: "tan", f: Math.tan, useful: [() => uniform(-10, 10), () => uniform(-1e6, 1e6),
    () => randomSign(randomBinade(19, 1023)), () => randomSign(randomBinade(-30, 19))],
    extra: () => [...nearMultiplesOfHalfPi(20000), ...withNeighbours(HARD_TRIG)] },
  { name: "asin", f: Math.asin, useful: [() => uniform(-1, 1), () => randomSign(1 - randomBinade(-53, -2)),
    () => randomSign(randomBinade(-60, -1))] },
  { name: "acos", f: Math.acos, useful: [() => uniform(-1, 1), () => randomSign(1 - randomBinade(-53, -2)),
    () => randomSign(randomBinade(-60, -1))] },
  { name: "atan", f: Math.atan, useful: [() => uniform(-3, 3), () => uniform(-100, 100),
    () => randomSign(randomBinade(-40, 70))] },
  { name: "sinh", f: Math.sinh, useful: [() => uniform(-23, 23), () => uniform(-712, 712), () => uniform(-1, 1),
    () => randomSign(randomBinade(-40, 0))] },
  { name: "cosh", f: Math.cosh, useful: [() => uniform(-23, 23), () => uniform(-712, 712), () => uniform(-1, 1),
    () => randomSign(randomBinade(-60, 0))] },
  { name: "tanh", f: Math.tanh, useful: [() => uniform(-23, 23), () => uniform(-1, 1),
    () => randomSign(randomBinade(-40, 5))] },
  { name: "asinh", f: Math.asinh, useful: [() => uniform(-3, 3), () => randomSign(randomBinade(-40, 1023))] },
  { name: "acosh", f: Math.acosh, useful: [() => uniform(1, 3), () => 1 + randomBinade(-60, 0),
    () => randomBinade(0, 1023)] },
  { name: "atanh", f: Math.atanh, useful: [() => uniform(-1, 1), () => randomSign(1 - randomBinade(-53, -2)),
    () => randomSign(randomBinade(-40, -1))] },
  { name: "cbrt", f: Math.cbrt, useful: [() => uniform(-100, 100), () => anyMagnitude(),
    () => randomSign(randomInt(0, 2 ** 20) ** 3)] },
];

// Special values whose pairs cover ECMAScript's Number::exponentiate cases.
const POW_SPECIALS = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5,
  0.25, 10, -10, 2 ** 31, 2 ** 31 + 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 70, 1e300, -1e300,
  Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, step(1, 1), step(1, -1),
  -step(1, 1), -step(1, -1), 1 + 2 ** -21, 1 - 2 ** -21, 1024, 1075, -1074, -1075, 0.1, 1 / 3];

function pairs(make: () => [number, number], count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(...make());
  return out;
}

function powInputs(): number[] {
  const n = RANDOM_PER_FUNCTION / 8;
  const cross: number[] = [];
  for (const x of POW_SPECIALS) for (const y of POW_SPECIALS) cross.push(x, y);
  return [
    ...cross,
    ...pairs(() => [randomBits(), randomBits()], n),
    ...pairs(() => [randomBinade(-1074, 1023), uniform(-4, 4)], n),
    ...pairs(() => [uniform(0, 10), randomInt(-40, 40)], n),
    ...pairs(() => [uniform(-10, 0), randomInt(-40, 40)], n), // negative bases, integer exponents
    ...pairs(() => [uniform(-10, 0), uniform(-5, 5)], n / 4), // negative bases, fractions: NaN
    ...pairs(() => [randomInt(-20, 20), randomInt(-30, 30)], n / 2),
    ...pairs(() => [10, randomInt(-330, 310)], 1000),
    ...pairs(() => [1 + uniform(-(2 ** -20), 2 ** -20), randomSign(randomBinade(31, 70))], n / 2), // |y| > 2^31
    ...pairs(() => [uniform(0, 4), uniform(-1100, 1100)], n), // overflow and underflow, subnormal results
    ...pairs(() => [randomBinade(-1074, 1023), randomSign(randomBinade(-60, 12))], n),
    ...pairs(() => [uniform(0.5, 2), uniform(-100, 100)], n),
  ];
}

function atan2Inputs(): number[] {
  const specials = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2, -2, Number.MIN_VALUE, -Number.MAX_VALUE, 1e300, 1e-300];
  const cross: number[] = [];
  for (const y of specials) for (const x of specials) cross.push(y, x);
  const n = RANDOM_PER_FUNCTION / 4;
  return [
    ...cross,
    ...pairs(() => [randomBits(), randomBits()], n),
    ...pairs(() => [uniform(-10, 10), uniform(-10, 10)], n),
    ...pairs(() => [anyMagnitude(), anyMagnitude()], n),
    ...pairs(() => [randomSign(randomBinade(-20, 20)), randomSign(randomBinade(-100, 100))], n),
  ];
}

// Math.hypot calls of every arity 0..6, flattened per arity.
function hypotInputs(arity: number, count: number): number[] {
  const specials = [0, -0, NaN, Infinity, -Infinity, 1, Number.MAX_VALUE, Number.MIN_VALUE];
  const pick = (): number => {
    const r = random();
    if (r < 0.1) return specials[randomInt(0, specials.length - 1)];
    if (r < 0.5) return uniform(-10, 10);
    return anyMagnitude();
  };
  const out: number[] = [];
  for (let i = 0; i < count * arity; i++) out.push(pick());
  return out;
}

// ---------------------------------------------------------------- the tests

describe("math.c builds without libc", () => {
  it("compiles freestanding and references no external symbol", () => {
    const object = join(work, "math.o");
    execFileSync("gcc", ["-std=gnu11", "-O2", "-ffreestanding", "-nostdlib", "-fno-builtin",
      "-ffp-contract=off", "-Wall", "-Wextra", "-Werror", "-c", source, "-o", object]);
    expect(execFileSync("nm", ["-u", object]).toString()).toBe("");
  });

  it("has the digits of 2/pi and pi/2 it claims", () => {
    const text = readFileSync(source, "utf8");
    const table = (name: string): string => text.slice(text.indexOf(name), text.indexOf("};", text.indexOf(name)));
    // pi to 2200 bits by Machin's formula: pi = 16 atan(1/5) - 4 atan(1/239)
    const BITS = 2200n;
    const one = 1n << BITS;
    const atanInverse = (n: bigint): bigint => {
      let sum = 0n;
      for (let term = one / n, k = 1n, sign = 1n; term !== 0n; term /= n * n, k += 2n, sign = -sign) sum += sign * term / k;
      return sum;
    };
    const pi = 16n * atanInverse(5n) - 4n * atanInverse(239n);
    const twoOverPi = (2n * one * one) / pi;
    const chunks = [...table("TWO_OVER_PI[66]").matchAll(/0x([0-9A-F]{6})/g)].map((m) => BigInt("0x" + m[1]));
    expect(chunks.length).toBe(66);
    chunks.forEach((c, i) => expect(c).toBe((twoOverPi >> (BITS - 24n * BigInt(i + 1))) & 0xffffffn));
    const pieces = [...table("PIO2_PIECES[").matchAll(/0x([0-9A-F]{6}) \* 0x1p-(\d+)/g)];
    expect(pieces.length).toBe(5);
    pieces.forEach((m, i) => {
      expect(BigInt(m[2])).toBe(23n + 24n * BigInt(i));
      expect(BigInt("0x" + m[1])).toBe(((pi / 2n) >> (BITS - 24n * BigInt(i + 1) + 1n)) & 0xffffffn);
    });
    const highs = [...table("NPIO2_HIGH[32]").matchAll(/0x([0-9A-F]{8})/g)].map((m) => parseInt(m[1], 16));
    expect(highs).toEqual(Array.from({ length: 32 }, (_, i) => Number(bitsOf(((i + 1) * Math.PI) / 2) >> 32n)));
  });
});

describe("math.c agrees with Node bit for bit", () => {
  for (const spec of UNARY) {
    it(spec.name, () => {
      const random = randomInputs(spec.useful);
      expect(random.length).toBeGreaterThanOrEqual(RANDOM_PER_FUNCTION);
      const inputs = [...withNeighbours(EDGES), ...(spec.extra ? spec.extra() : []), ...random];
      expectSameAsNode(spec.name, 1, spec.f, new Float64Array(inputs));
    });
  }

  it("pow (Math.pow and **)", () => {
    const inputs = powInputs();
    expect(inputs.length / 2).toBeGreaterThanOrEqual(RANDOM_PER_FUNCTION);
    expectSameAsNode("pow", 2, Math.pow, new Float64Array(inputs));
    expectSameAsNode("pow", 2, (x, y) => x ** y, new Float64Array(inputs.slice(0, 20000)));
  });

  it("atan2", () => {
    const inputs = atan2Inputs();
    expect(inputs.length / 2).toBeGreaterThanOrEqual(RANDOM_PER_FUNCTION);
    expectSameAsNode("atan2", 2, Math.atan2, new Float64Array(inputs));
  });

  it("hypot, with 0 to 6 arguments", () => {
    expectSameAsNode("hypot", 0, Math.hypot, new Float64Array(0), 1);
    for (let arity = 1; arity <= 6; arity++) {
      expectSameAsNode("hypot", arity, Math.hypot, new Float64Array(hypotInputs(arity, 40000)));
    }
    // Infinity wins over NaN, whatever the order; only zeros give +0
    expectSameAsNode("hypot", 3, Math.hypot, new Float64Array([-0, -0, 0, NaN, Infinity, 0, -Infinity, NaN, 1]));
  });
});

describe("the cases the ECMAScript specification names", () => {
  const pow = (x: number, y: number): number => runDriver([batch("pow", 2, new Float64Array([x, y]))])[0][0];

  it("x ** NaN is NaN, even 1 ** NaN; (±1) ** ±Infinity is NaN; NaN ** 0 is 1", () => {
    expect(pow(1, NaN)).toBeNaN();
    expect(pow(1, Infinity)).toBeNaN();
    expect(pow(-1, -Infinity)).toBeNaN();
    expect(pow(NaN, 0)).toBe(1);
    expect(pow(NaN, -0)).toBe(1);
  });

  it("signed zeros and infinities from zero and infinite bases", () => {
    expect(Object.is(pow(-0, 3), -0)).toBe(true);
    expect(Object.is(pow(-0, 2), 0)).toBe(true);
    expect(pow(-0, -3)).toBe(-Infinity);
    expect(pow(-0, -2)).toBe(Infinity);
    expect(pow(0, -1)).toBe(Infinity);
    expect(Object.is(pow(-Infinity, -3), -0)).toBe(true);
    expect(pow(-Infinity, 3)).toBe(-Infinity);
    expect(Object.is(pow(-0, 0.5), 0)).toBe(true);
    expect(pow(-Infinity, 0.5)).toBe(Infinity);
    expect(pow(-8, 1 / 3)).toBeNaN();
  });

  it("prints 10 ** -5 the way Node does", () => {
    expect(String(pow(10, -5))).toBe("0.000009999999999999999");
    expect(String(pow(10, -5))).toBe(String(10 ** -5));
  });
});

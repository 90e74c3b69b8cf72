// Tests for the runtime's number formatting and parsing (num.c). Node is the oracle: every
// expected value is computed here by Node itself, never written by hand. num.c is compiled
// freestanding to prove it needs nothing from libc, and linked into test/num_driver.c, which
// answers one request per line (protocol in the driver's header).
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "num.c");
let work = "";
let driver = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "yao-num-"));
  driver = join(work, "num_driver");
  execFileSync("gcc", ["-std=c11", "-D_POSIX_C_SOURCE=200809L", "-O2", "-Wall", "-Wextra",
    "-Werror", source, join(here, "test", "num_driver.c"), "-o", driver]);
});

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------- encoding helpers

const scratch = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): string {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0).toString(16).padStart(16, "0");
}

function doubleOf(hex: string): number {
  scratch.setBigUint64(0, BigInt("0x" + hex));
  return scratch.getFloat64(0);
}

function utf16Hex(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, "0");
  return out;
}

function runDriver(requests: string[]): string[] {
  const result = spawnSync(driver, { input: requests.join("\n") + "\n", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`num_driver failed: ${result.stderr}`);
  const lines = result.stdout.toString().split("\n");
  lines.pop();
  expect(lines.length).toBe(requests.length);
  return lines;
}

// What Node prints, with RangeErrors shown the way the driver shows a -1 result.
function nodeText(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return "<range error>";
    throw e;
  }
}

// A text case: driver request plus Node's answer. Mismatches are reported with the request.
interface TextCase { request: string; expected: string; what: string }

function checkText(cases: TextCase[]): void {
  const got = runDriver(cases.map((c) => c.request));
  const bad: string[] = [];
  for (let i = 0; i < cases.length && bad.length < 20; i++) {
    if (got[i] !== cases[i].expected) {
      bad.push(`${cases[i].what}: node ${cases[i].expected} yao ${got[i]}`);
    }
  }
  expect(bad).toEqual([]);
}

// Number-valued cases compare with Object.is, so -0 and NaN count.
interface ValueCase { request: string; expected: number; what: string }

function checkValues(cases: ValueCase[]): void {
  const got = runDriver(cases.map((c) => c.request));
  const bad: string[] = [];
  for (let i = 0; i < cases.length && bad.length < 20; i++) {
    const value = doubleOf(got[i]);
    if (!Object.is(value, cases[i].expected)) {
      bad.push(`${cases[i].what}: node ${cases[i].expected} yao ${value}`);
    }
  }
  expect(bad).toEqual([]);
}

const show = (s: string): string => JSON.stringify(s.length > 60 ? s.slice(0, 57) + "..." : s);

function numberCase(s: string): ValueCase {
  return { request: `N ${utf16Hex(s)}`, expected: Number(s), what: `Number(${show(s)})` };
}

function parseFloatCase(s: string): ValueCase {
  return { request: `Q ${utf16Hex(s)}`, expected: parseFloat(s), what: `parseFloat(${show(s)})` };
}

function parseIntCase(s: string, radix: number): ValueCase {
  return {
    request: `I ${radix} ${utf16Hex(s)}`,
    expected: parseInt(s, radix),
    what: `parseInt(${show(s)}, ${radix})`,
  };
}

function formatCase(op: string, x: number, arg: number, f: () => string): TextCase {
  return { request: `${op} ${bitsOf(x)} ${arg}`, expected: nodeText(f), what: `${op}(${x}, ${arg})` };
}

const toStringCase = (x: number): TextCase => formatCase("S", x, 0, () => String(x));
const radixCase = (x: number, r: number): TextCase => formatCase("R", x, r, () => x.toString(r));
const fixedCase = (x: number, d: number): TextCase => formatCase("F", x, d, () => x.toFixed(d));
const precisionCase = (x: number, p: number): TextCase =>
  formatCase("P", x, p, () => x.toPrecision(p));
const exponentialCase = (x: number, d: number): TextCase =>
  formatCase("E", x, d, () => (d < 0 ? x.toExponential() : x.toExponential(d)));

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

const random = makeRandom(20240611);
const randomInt = (n: number): number => Math.floor(random() * n);

function randomBits(): number {
  scratch.setUint32(0, randomInt(2 ** 32));
  scratch.setUint32(4, randomInt(2 ** 32));
  return scratch.getFloat64(0);
}

function randomDigits(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(randomInt(10));
  return s;
}

// Short decimals of the kind programs print: 0.1, 12.5, 3e-7, 123456.789...
function randomNice(): number {
  const digits = randomDigits(1 + randomInt(17)).replace(/^0+/, "") || "0";
  const sign = random() < 0.2 ? "-" : "";
  return Number(`${sign}${digits}e${randomInt(60) - 30}`);
}

const EDGE_VALUES: number[] = [
  0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE,
  Number.MIN_VALUE * 2, 2.2250738585072014e-308, 2.225073858507201e-308, 2 ** 53, 2 ** 53 - 1,
  2 ** 53 + 2, -(2 ** 53), 2 ** 52, 2 ** 64, 2 ** 63, 2 ** 31, 2 ** 32, -(2 ** 31), 1e21,
  1e21 - 65536, 999999999999999900000, 1e20, 1e-6, 1e-7, 1.5e-7, 123e-20, 0.1, 0.2, 0.3,
  0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 8.345, 1.255, 1234.5678, 1e100,
  1e-100, 1e308, 1e-308, 4.35, 0.000001, 0.0000001, 123456789012345680000, 1, -1, 10, 100,
  255, 4294967295, 9.5, 99.5, 999.9999, 0.999999999, 5e-7, 1.7976931348623157e308, 2 ** -1022,
  2 ** -1074 * 3, 2 ** 1023, 2 ** 1000, 2 ** 70, 2 ** -20, Math.PI, Math.E, -Math.PI,
  1.2e-322, 9007199254740993, 18014398509481984, 295147905179352830000,
];

// ---------------------------------------------------------------- the tests

describe("num.c builds without libc", () => {
  it("compiles freestanding and references no external symbol", () => {
    const object = join(work, "num.o");
    execFileSync("gcc", ["-std=c11", "-O2", "-ffreestanding", "-nostdlib", "-fno-builtin",
      "-Wall", "-Wextra", "-Werror", "-c", source, "-o", object]);
    expect(execFileSync("nm", ["-u", object]).toString()).toBe("");
  });

  it("has the cached powers of ten it claims (10^k rounded to 64 bits)", () => {
    const text = readFileSync(source, "utf8");
    const table = text.slice(text.indexOf("CACHED_POWERS[87] = {"), text.indexOf("};", text.indexOf("CACHED_POWERS[87]")));
    const rows = [...table.matchAll(/\{0x([0-9a-f]+)ull, (-?\d+)\}/g)].map((m) => `${m[1]} ${m[2]}`);
    const want: string[] = [];
    for (let i = 0; i < 87; i++) {
      const k = -348 + 8 * i;
      const n = 10n ** BigInt(Math.abs(k));
      const bits = n.toString(2).length;
      let f: bigint;
      let e: number;
      if (k >= 0) {
        const shift = bits - 64;
        f = shift <= 0 ? n << BigInt(-shift) : (n + (1n << BigInt(shift - 1))) >> BigInt(shift);
        e = shift;
      } else {
        e = -(63 + bits);
        f = ((1n << BigInt(64 + bits)) / n + 1n) >> 1n;
      }
      if (f >> 64n) { f >>= 1n; e++; }
      want.push(`${f.toString(16).padStart(16, "0")} ${e}`);
    }
    expect(rows).toEqual(want);
  });
});

describe("Number::toString", () => {
  it("prints edge values like Node", () => {
    checkText(EDGE_VALUES.map(toStringCase));
  });

  it("prints 100,000 random bit patterns like Node", () => {
    const cases: TextCase[] = [];
    for (let i = 0; i < 100000; i++) cases.push(toStringCase(randomBits()));
    checkText(cases);
  });

  it("prints 40,000 random short decimals and integers like Node", () => {
    const cases: TextCase[] = [];
    for (let i = 0; i < 30000; i++) cases.push(toStringCase(randomNice()));
    for (let i = 0; i < 5000; i++) cases.push(toStringCase(randomInt(2 ** 32) * 2 ** randomInt(40)));
    for (let i = 0; i < 5000; i++) cases.push(toStringCase(2 ** (randomInt(2098) - 1074)));
    checkText(cases);
  });

  it("prints powers of two and ten and their neighbours like Node", () => {
    const step = (x: number, by: bigint): number => {
      scratch.setFloat64(0, x);
      scratch.setBigUint64(0, scratch.getBigUint64(0) + by);
      return scratch.getFloat64(0);
    };
    const cases: TextCase[] = [];
    const around = (x: number): void => {
      if (x > 0 && Number.isFinite(x)) {
        for (const y of [step(x, -1n), x, step(x, 1n)]) cases.push(toStringCase(y), toStringCase(-y));
      }
    };
    for (let k = -1074; k <= 1023; k++) around(2 ** k);
    for (let k = -323; k <= 308; k++) around(Number(`1e${k}`));
    checkText(cases);
  });

  it("prints toExponential() (no argument) like Node", () => {
    const cases: TextCase[] = EDGE_VALUES.map((x) => exponentialCase(x, -1));
    for (let i = 0; i < 10000; i++) cases.push(exponentialCase(randomBits(), -1));
    checkText(cases);
  });
});

describe("toString(radix)", () => {
  const values: number[] = [...EDGE_VALUES];
  for (let i = 0; i < 60; i++) values.push(randomInt(2 ** 31), -randomInt(1000));
  for (let i = 0; i < 40; i++) values.push(randomInt(2 ** 21) * 2 ** 32 + randomInt(2 ** 32));
  for (let i = 0; i < 40; i++) values.push(randomNice(), random(), -random() * 1000);
  for (let i = 0; i < 40; i++) values.push(randomBits());
  for (let i = 0; i < 20; i++) values.push(2 ** (randomInt(1000) + 53) * (1 + random()));

  it("matches Node for every radix 2..36 (and rejects 1 and 37)", () => {
    const cases: TextCase[] = [];
    for (const x of values) {
      for (let r = 2; r <= 36; r++) cases.push(radixCase(x, r));
    }
    cases.push(radixCase(10, 1), radixCase(10, 37), radixCase(10, 0));
    checkText(cases);
  });
});

describe("toFixed, toPrecision, toExponential", () => {
  const values: number[] = [...EDGE_VALUES];
  for (let i = 0; i < 40; i++) values.push(randomNice());
  for (let i = 0; i < 25; i++) values.push(randomBits());
  for (let i = 0; i < 25; i++) values.push((randomInt(20000) - 10000) / 8 + 0.5 / 8);
  for (let i = 0; i < 25; i++) values.push(Number(`${randomInt(10000)}.${randomInt(1000)}5`));

  it("toFixed(0..100) matches Node", () => {
    const cases: TextCase[] = [];
    for (const x of values) for (let d = 0; d <= 101; d++) cases.push(fixedCase(x, d));
    cases.push(fixedCase(1, -1));
    checkText(cases);
  });

  it("toPrecision(1..100) matches Node", () => {
    const cases: TextCase[] = [];
    for (const x of values) for (let p = 0; p <= 101; p++) cases.push(precisionCase(x, p));
    checkText(cases);
  });

  it("toExponential(0..100) matches Node", () => {
    const cases: TextCase[] = [];
    for (const x of values) for (let d = 0; d <= 101; d++) cases.push(exponentialCase(x, d));
    checkText(cases);
  });

  it("toFixed(0..20) of ordinary magnitudes matches Node", () => {
    const cases: TextCase[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = (random() < 0.5 ? randomNice() : random() * 10 ** randomInt(16)) * 10 ** -randomInt(8);
      cases.push(fixedCase(x, randomInt(21)));
    }
    checkText(cases);
  });

  it("rounds random doubles at random digit counts like Node", () => {
    const cases: TextCase[] = [];
    for (let i = 0; i < 5000; i++) {
      const x = random() < 0.5 ? randomBits() : randomNice();
      cases.push(fixedCase(x, randomInt(101)), precisionCase(x, 1 + randomInt(100)),
        exponentialCase(x, randomInt(101)));
    }
    checkText(cases);
  });
});

// Exact decimal text of m * 2^e (m, e integers).
function exactDecimal(m: bigint, e: number): string {
  if (e >= 0) return (m << BigInt(e)).toString();
  const digits = (m * 5n ** BigInt(-e)).toString();
  const point = digits.length + e;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}`
    : `0.${"0".repeat(-point)}${digits}`;
}

// The exact midpoint between positive finite x and the next double up, and strings just
// above and just below it: the inputs that need every digit to round correctly.
function halfwayStrings(x: number): string[] {
  scratch.setFloat64(0, x);
  const bits = scratch.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const frac = bits & ((1n << 52n) - 1n);
  const m = biased === 0 ? frac : frac | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  const half = exactDecimal(2n * m + 1n, e - 1);
  const tail = "0".repeat(randomInt(5)) + "1";
  if (!half.includes(".")) return [half, `${half}.${tail}`, `${BigInt(half) - 1n}.9${tail}`];
  const below = half.replace(/5$/, "4") + "9".repeat(1 + randomInt(30));
  return [half, half + tail, below];
}

const CRAFTED: string[] = [
  "", " ", "0", "-0", "+0", "00", "007", "0.0", "-0.0", ".5", "5.", ".", "+.", "-.", "+", "-",
  "e5", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "1e-", "1.e5", ".e5", "0.e5", "1.5e3x",
  "--1", "+-1", "- 1", "1 2", "1..2", "1.2.3", "1e5e5", "Infinity", "+Infinity", "-Infinity",
  "infinity", "INFINITY", "Infinit", "Infinityx", " Infinity ", "-Infinity ", "NaN", "nan",
  "0x1F", "0X1f", "0x", "0xg", "0x1g", "-0x1F", "+0x1F", " 0x1F ", "0x1F.5", "0o17", "0O17",
  "0o8", "0o", "0b101", "0B101", "0b2", "0b", "00x1", "0x0", "0x00000", "1_000", "1,000",
  "12abc", "  12  ", "\t\n\v\f\r 12 \u00a0\ufeff\u2028\u2029\u3000", "\u180e12", "\u200b12",
  "\u000012", "\uff11\uff12", "9007199254740993", "9007199254740992.5", "9007199254740993.0000001",
  "9007199254740995", "18014398509481987", "1.7976931348623157e308", "1.7976931348623158e308",
  "1.7976931348623159e308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999",
  "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
  "4.9406564584124654e-324", "5e-324", "1e-400", "-1e-400", "1e400", "-1e400", "123e-20",
  "0.1", "0.30000000000000004", "1e21", "1e-7", "1e23", "8.41e21", "5e-310", "2.2250738585072011e-308",
  "2.2250738585072012e-308", "0x" + "f".repeat(300), "0x" + "F".repeat(13), "0x1" + "0".repeat(255),
  "0x1" + "0".repeat(13) + "1", "0x2" + "0".repeat(12) + "1", "0x20000000000001", "0x20000000000003",
  "0x20000000000002" + "0".repeat(10) + "1", "0b" + "1".repeat(1100), "0o" + "7".repeat(400),
  "1".repeat(400), "0".repeat(1000) + "1", `0.${"0".repeat(400)}1e400`, "1e99999999999999999999",
  "1e-99999999999999999999", "0e99999999999", "0.000e-99999", `${"1".repeat(900)}e-900`,
  `${"9".repeat(1000)}e-1000`, `0.${"0".repeat(330)}${"9".repeat(800)}`, "12345678901234567890",
  "123456789012345678901234567890", "0.1234567890123456789012345678901234567890", "-12.5e-3",
  "  -12.5e-3xyz", "+.5e1", "-.5E-1", "1e+0", "1e-0", "00.00e00", "3.14159abc", "z", "Z", "10",
  "zz", "ZZ", "-z", "0x-1", "0xz", "09", "08", "0.0000001", "1e-7", "1.5e308", "2e308",
];

// 2^-1075, halfway between 0 and the smallest denormal, and its neighbours.
const TINY_HALF = `0.${(5n ** 1075n).toString().padStart(1075, "0")}`;
const TINY: string[] = [TINY_HALF, `${TINY_HALF}1`, `${TINY_HALF.slice(0, -1)}49`,
  `${TINY_HALF.slice(0, 30)}e-0`, `${TINY_HALF.slice(0, 340)}9`, `${TINY_HALF.slice(0, 345)}`];

describe("Number(string)", () => {
  it("matches Node on crafted strings", () => {
    checkValues([...CRAFTED, ...TINY].map(numberCase));
  });

  it("treats exactly JavaScript's white space as white space (all 65,536 code units)", () => {
    const cases: ValueCase[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      cases.push(numberCase(`${ch}7${ch}`));
    }
    checkValues(cases);
  });

  it("reads random printed numbers and random digit strings like Node", () => {
    const cases: ValueCase[] = [];
    for (let i = 0; i < 6000; i++) {
      const x = random() < 0.5 ? Math.abs(randomBits()) : Math.abs(randomNice());
      if (!Number.isFinite(x)) continue;
      cases.push(numberCase(String(x)), numberCase(x.toExponential(randomInt(25))),
        numberCase(x.toPrecision(1 + randomInt(30))));
      if (x < 1e21) cases.push(numberCase(x.toFixed(randomInt(30))));
    }
    for (let i = 0; i < 8000; i++) {
      const digits = randomDigits(1 + randomInt(40));
      const point = randomInt(digits.length + 1);
      const exp = random() < 0.5 ? "" : `e${randomInt(700) - 350}`;
      cases.push(numberCase(`${digits.slice(0, point)}.${digits.slice(point)}${exp}`));
    }
    checkValues(cases);
  });

  it("rounds halfway cases and long mantissas correctly", () => {
    const cases: ValueCase[] = [];
    for (let i = 0; i < 1500; i++) {
      const x = i % 3 === 0 ? 2 ** (randomInt(2000) - 1074) * (1 + randomInt(8) / 8)
        : Math.abs(randomBits());
      if (!Number.isFinite(x) || x === 0) continue;
      for (const s of halfwayStrings(x)) cases.push(numberCase(s));
    }
    checkValues(cases);
  });
});

describe("parseFloat", () => {
  it("matches Node on crafted strings and prefixes", () => {
    const cases: ValueCase[] = [];
    for (const s of CRAFTED) {
      cases.push(parseFloatCase(s), parseFloatCase(`${s}x`), parseFloatCase(` \n${s}e`),
        parseFloatCase(`${s}e+`), parseFloatCase(`${s}.5`));
    }
    for (let c = 0; c < 0x10000; c += 1) {
      if (c < 0x3100 || c > 0xfe00) cases.push(parseFloatCase(`${String.fromCharCode(c)}-7.5`));
    }
    checkValues(cases);
  });

  it("reads random decimal prefixes like Node", () => {
    const cases: ValueCase[] = [];
    const junk = ["", "x", "e", "e-", ".", "..5", "e5.5", " 1", "-", "Infinity"];
    for (let i = 0; i < 6000; i++) {
      const digits = randomDigits(1 + randomInt(30));
      const point = randomInt(digits.length + 1);
      const exp = random() < 0.5 ? "" : `e${randomInt(700) - 350}`;
      const sign = ["", "-", "+"][randomInt(3)];
      cases.push(parseFloatCase(`${sign}${digits.slice(0, point)}.${digits.slice(point)}${exp}${junk[randomInt(junk.length)]}`));
    }
    checkValues(cases);
  });
});

describe("parseInt", () => {
  const radixes = [0, 2, 3, 4, 5, 7, 8, 10, 11, 16, 17, 32, 35, 36, 1, 37, -1, -16, 2 ** 31 - 1];

  it("matches Node on crafted strings for many radixes", () => {
    const cases: ValueCase[] = [];
    for (const s of CRAFTED) {
      for (const r of radixes) cases.push(parseIntCase(s, r));
    }
    for (let c = 0; c < 0x10000; c++) {
      if (c < 0x3100 || c > 0xfe00) cases.push(parseIntCase(`${String.fromCharCode(c)}-12`, 0));
    }
    checkValues(cases);
  });

  it("reads long digit strings in every radix like Node", () => {
    const cases: ValueCase[] = [];
    const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (let i = 0; i < 12000; i++) {
      const r = 2 + randomInt(35);
      const n = 1 + (random() < 0.8 ? randomInt(40) : randomInt(1200));
      let s = "";
      for (let j = 0; j < n; j++) {
        const d = randomInt(r);
        s += d >= 10 && random() < 0.5 ? alphabet[d + 26] : alphabet[d];
      }
      const prefix = ["", " ", "-", "+", "0x", "-0x", "00"][randomInt(7)];
      const suffix = ["", "z", ".5", "g", "!", " 1"][randomInt(6)];
      const radix = random() < 0.2 ? 0 : r;
      cases.push(parseIntCase(prefix + s + suffix, radix));
    }
    for (let i = 0; i < 500; i++) {
      const x = Math.abs(randomBits());
      if (x >= 1 && Number.isFinite(x)) {
        const whole = BigInt(Math.floor(x));
        for (const r of [2, 3, 7, 10, 16, 36]) cases.push(parseIntCase(whole.toString(r), r));
        const half = halfwayStrings(x)[0].split(".")[0];
        cases.push(parseIntCase(half, 10), parseIntCase(`${half}5`, 10));
      }
    }
    checkValues(cases);
  });
});

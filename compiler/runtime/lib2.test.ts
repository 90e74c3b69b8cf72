// Tests for the application library of the runtime (lib2.h: rt_string2.c, rt_map.c,
// rt_json.c). Node is the oracle: every expected answer is computed here by Node itself, never
// written by hand. The C drivers (test/lib2_*.c, protocol in test/lib2_io.h) are linked with
// the whole host runtime; each answers one request per line. The library sources are also
// compiled freestanding and must not reference anything outside the runtime (no libc).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { HOST_CFLAGS, hostRuntimeObjects } from "../driver";
import { repoRoot } from "../../tests/support/differential";

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(repoRoot, "build", "lib2-test");
const LIB2_SOURCES = ["rt_string2.c", "rt_map.c", "rt_json.c"];
const drivers: Record<string, string> = {};

// ---------------------------------------------------------------- building

/** Objects of the runtime plus the library (and rt_exc.c while the runtime list lacks it). */
function runtimeObjects(policy: number | null): string[] {
  const dir = path.join(work, `runtime-${policy ?? "default"}`);
  fs.mkdirSync(dir, { recursive: true });
  const define = policy === null ? [] : [`-DYAO_GC=${policy}`];
  const base = policy === null ? hostRuntimeObjects(path.join(work, "host")) : [];
  const have = new Set(base.map((o) => path.basename(o, ".o")));
  const wanted = policy === null ? [] : ["rt_core.c", "rt_str.c", "rt_num.c", "rt_arr.c", "rt_console.c", "num.c", "math.c", "rt_gc.c", "rt_host.c"];
  const extra = [...wanted, ...LIB2_SOURCES, "rt_exc.c"].filter((f) => !have.has(f.replace(/\.c$/, "")) && fs.existsSync(path.join(here, f)));
  return [...base, ...[...new Set(extra)].map((f) => {
    const obj = path.join(dir, f.replace(/\.c$/, ".o"));
    execFileSync("gcc", [...HOST_CFLAGS, ...define, "-I", here, "-c", path.join(here, f), "-o", obj]);
    return obj;
  })];
}

function buildDriver(name: string, objects: string[], suffix = ""): string {
  const exe = path.join(work, `lib2_${name}${suffix}`);
  execFileSync("gcc", ["-std=gnu11", "-O1", "-Wall", "-Wextra", "-Werror", "-I", here, path.join(here, "test", `lib2_${name}.c`),
    ...objects, "-lm", "-o", exe]);
  return exe;
}

beforeAll(() => {
  fs.mkdirSync(work, { recursive: true });
  const objects = runtimeObjects(null);
  for (const name of ["string", "map", "json"]) if (fs.existsSync(path.join(here, "test", `lib2_${name}.c`))) drivers[name] = buildDriver(name, objects);
});

// ---------------------------------------------------------------- encodings (test/lib2_io.h)

const scratch = new DataView(new ArrayBuffer(8));

function enc(s: string): string {
  return s.length === 0 ? "_" : Buffer.from(s, "utf16le").swap16().toString("hex");
}

function num(x: number): string {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0).toString(16).padStart(16, "0");
}

/** What the driver prints for a thrown error, or for the value f returns (encoded by `show`). */
function answer<T>(f: () => T, show: (v: T) => string): string {
  let v: T;
  try {
    v = f();
  } catch (e) {
    const err = e as Error;
    return "!" + enc(`${err.name}: ${err.message}`);
  }
  return show(v);
}

function runDriver(name: string, requests: string[], env: Record<string, string> = {}): string[] {
  const r = spawnSync(drivers[name], { input: requests.join("\n") + "\n", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`lib2_${name} failed (${r.status}): ${r.stderr}`);
  const lines = r.stdout.toString().split("\n");
  lines.pop();
  expect(lines.length).toBe(requests.length);
  return lines;
}

interface Case { request: string; expected: string }

/** A mismatch report that stays readable for long answers: where they start to differ. */
function mismatch(request: string, expected: string, got: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === got[at]) at++;
  const cut = (s: string, from: number): string => (s.length > 200 ? `…${s.slice(from, from + 120)}… (${s.length} chars)` : s);
  const from = Math.max(0, at - 40);
  return `${cut(request, 0)}\n  node ${cut(expected, from)}\n  yao  ${cut(got, from)}`;
}

/** Runs the cases and reports the first mismatches with their requests. */
function check(name: string, cases: Case[], env: Record<string, string> = {}): void {
  const got = runDriver(name, cases.map((c) => c.request), env);
  const bad: string[] = [];
  for (let i = 0; i < cases.length && bad.length < 10; i++) {
    if (got[i] !== cases[i].expected) bad.push(mismatch(cases[i].request, cases[i].expected, got[i]));
  }
  expect(bad).toEqual([]);
}

// ---------------------------------------------------------------- random inputs

let seed = 0x9e3779b9;
function rand(): number {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const ALPHABET = [
  "a", "b", "c", "A", "B", " ", "-", "$", "&", "'", "`", ".", "0", "1", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u180e",
  "\u3000", "é", "ß", "İ", "ı", "Σ", "σ", "ς", "ﬀ", "ǅ", "ᾳ", "ΐ", "\u0345", "\u0301", "\u02b0", "日", "本", "😀", "𐐀", "𐐨",
  "\ud800", "\udc00", "ab", "ba", "abc",
];

function randomString(maxParts = 12, alphabet: readonly string[] = ALPHABET): string {
  let s = "";
  for (let n = int(0, maxParts); n > 0; n--) s += pick(alphabet);
  return s;
}

function randomPosition(len: number): number {
  switch (int(0, 9)) {
    case 0: return pick([NaN, Infinity, -Infinity, -0, 0, 1e10, -1e10, 2 ** 32, -(2 ** 31)]);
    case 1: return int(-len - 2, len + 2) + pick([0.5, -0.5, 0.25, 0.999]);
    case 2: return len;
    default: return int(-len - 2, len + 2);
  }
}

/** A search string: often a piece of s, so that matches happen. */
function randomNeedle(s: string): string {
  if (rand() < 0.6 && s.length > 0) {
    const a = int(0, s.length);
    return s.slice(a, a + int(0, 3));
  }
  return randomString(2);
}

export { answer, check, enc, int, num, pick, rand, randomString, runDriver, type Case };

// ================================================================ strings

const str = (s: string): string => enc(s);
const bool = (b: boolean): string => (b ? "1" : "0");

/** One random request of each string method, with Node's answer. */
function stringCases(s: string): Case[] {
  const t = randomNeedle(s);
  const [a, b] = [randomPosition(s.length), randomPosition(s.length)];
  const has = rand() < 0.7;
  const opt = has ? b : undefined;
  const c = (request: string, expected: string): Case => ({ request, expected });
  const S = enc(s), T = enc(t);
  return [
    c(`slice ${S} ${num(a)} ${num(b)} ${bool(has)}`, answer(() => s.slice(a, opt), str)),
    c(`substring ${S} ${num(a)} ${num(b)} ${bool(has)}`, answer(() => s.substring(a, opt), str)),
    c(`substr ${S} ${num(a)} ${num(b)} ${bool(has)}`, answer(() => s.substr(a, opt), str)),
    c(`charAt ${S} ${num(a)}`, answer(() => s.charAt(a), str)),
    c(`at ${S} ${num(a)}`, answer(() => s.at(a), (v) => (v === undefined ? "U" : enc(v)))),
    c(`codePointAt ${S} ${num(a)}`, answer(() => s.codePointAt(a), (v) => (v === undefined ? "U" : num(v)))),
    c(`indexOf ${S} ${T} ${num(a)}`, answer(() => s.indexOf(t, a), num)),
    c(`lastIndexOf ${S} ${T} ${num(a)} ${bool(has)}`, answer(() => s.lastIndexOf(t, has ? a : undefined), num)),
    c(`includes ${S} ${T} ${num(a)}`, answer(() => s.includes(t, a), bool)),
    c(`startsWith ${S} ${T} ${num(a)}`, answer(() => s.startsWith(t, a), bool)),
    c(`endsWith ${S} ${T} ${num(a)} ${bool(has)}`, answer(() => s.endsWith(t, has ? a : undefined), bool)),
  ];
}

function splitCase(s: string): Case {
  const sep = rand() < 0.1 ? undefined : rand() < 0.15 ? "" : randomNeedle(s);
  const has = rand() < 0.4;
  const limit = pick([0, 1, 2, 3, -1, NaN, 2 ** 32 + 1, 1.5, Infinity]);
  return {
    request: `split ${enc(s)} ${sep === undefined ? "N" : enc(sep)} ${num(limit)} ${bool(has)}`,
    expected: answer(() => s.split(sep as string, has ? limit : undefined), (xs) => [String(xs.length), ...xs.map(enc)].join(" ")),
  };
}

function buildingCases(s: string): Case[] {
  const target = pick([NaN, -1, 0, s.length, s.length + int(1, 9), 3.7, Infinity]);
  const filler = pick([undefined, "", "ab", "-", "😀", "xyz"]);
  const count = pick([0, 1, 2, 3, 5, -1, -0.5, 2.9, NaN, Infinity, -Infinity, -1.5]);
  const pattern = randomNeedle(s);
  const repl = pick(["", "x", "$$", "$&", "$`", "$'", "<$&>", "$1", "$<n>", "$", "a$", "$$$&", "[$'|$`]", "$0", "$00"]);
  const all = rand() < 0.5;
  const P = enc(pattern), R = enc(repl);
  const fill = filler === undefined ? "N" : enc(filler);
  let calls = 0;
  const fn = (m: string, off: number, whole: string): string => { calls++; return `[${m}|${off}|${whole.length}]`; };
  return [
    { request: `trim ${enc(s)}`, expected: enc(s.trim()) },
    { request: `trimStart ${enc(s)}`, expected: enc(s.trimStart()) },
    { request: `trimEnd ${enc(s)}`, expected: enc(s.trimEnd()) },
    { request: `padStart ${enc(s)} ${num(target)} ${fill}`, expected: answer(() => s.padStart(target, filler), str) },
    { request: `padEnd ${enc(s)} ${num(target)} ${fill}`, expected: answer(() => s.padEnd(target, filler), str) },
    { request: `repeat ${enc(s)} ${num(count)}`, expected: answer(() => s.repeat(count), str) },
    { request: `replace ${enc(s)} ${P} ${R}`, expected: enc(s.replace(pattern, repl)) },
    { request: `replaceAll ${enc(s)} ${P} ${R}`, expected: enc(s.replaceAll(pattern, repl)) },
    { request: `replaceFn ${enc(s)} ${P} ${bool(all)}`, expected: `${enc(all ? s.replaceAll(pattern, fn) : s.replace(pattern, fn))} ${calls}` },
    { request: `upper ${enc(s)}`, expected: enc(s.toUpperCase()) },
    { request: `lower ${enc(s)}`, expected: enc(s.toLowerCase()) },
  ];
}

describe("strings", () => {
  test("every method on crafted edge cases", () => {
    const cases: Case[] = [];
    const strings = ["", "a", "abc", "aaa", "a\u0000b", "日本語", "😀x😀", "\ud800", "x\udc00", "  \t\n x \u00a0\ufeff", "\u180e x \u180e"];
    const positions = [NaN, Infinity, -Infinity, -0, 0, 0.5, -0.5, 1, -1, 2, 3, 4, 1e21, -1e21];
    for (const s of strings) {
      for (const a of positions) {
        for (const b of positions) {
          cases.push({ request: `slice ${enc(s)} ${num(a)} ${num(b)} 1`, expected: enc(s.slice(a, b)) });
          cases.push({ request: `substring ${enc(s)} ${num(a)} ${num(b)} 1`, expected: enc(s.substring(a, b)) });
          cases.push({ request: `substr ${enc(s)} ${num(a)} ${num(b)} 1`, expected: enc(s.substr(a, b)) });
        }
        for (const t of ["", "a", "b", "aa", s, s + "x", "😀", "\ud83d"]) {
          cases.push({ request: `indexOf ${enc(s)} ${enc(t)} ${num(a)}`, expected: num(s.indexOf(t, a)) });
          cases.push({ request: `lastIndexOf ${enc(s)} ${enc(t)} ${num(a)} 1`, expected: num(s.lastIndexOf(t, a)) });
          cases.push({ request: `lastIndexOf ${enc(s)} ${enc(t)} ${num(a)} 0`, expected: num(s.lastIndexOf(t)) });
          cases.push({ request: `endsWith ${enc(s)} ${enc(t)} ${num(a)} 1`, expected: bool(s.endsWith(t, a)) });
          cases.push({ request: `startsWith ${enc(s)} ${enc(t)} ${num(a)}`, expected: bool(s.startsWith(t, a)) });
        }
        cases.push({ request: `codePointAt ${enc(s)} ${num(a)}`, expected: s.codePointAt(a) === undefined ? "U" : num(s.codePointAt(a)!) });
        cases.push({ request: `at ${enc(s)} ${num(a)}`, expected: s.at(a) === undefined ? "U" : enc(s.at(a)!) });
        cases.push({ request: `charAt ${enc(s)} ${num(a)}`, expected: enc(s.charAt(a)) });
      }
    }
    check("string", cases);
  });

  test("random inputs for every method (non-ASCII, surrogate pairs, lone surrogates)", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = randomString();
      cases.push(...stringCases(s), splitCase(s), ...buildingCases(s));
    }
    check("string", cases);
  });

  test("long haystacks take the skipping search path", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      let s = "";
      for (let k = int(200, 2000); k > 0; k--) s += pick(["a", "b", "ab", "ba", "\u0161", "\u0261", "c"]);
      const needle = rand() < 0.5 ? s.slice(int(0, s.length - 20), int(0, s.length)).slice(0, int(8, 40)) : randomString(12, ["a", "b", "\u0161", "\u0261"]);
      const from = int(-5, s.length);
      cases.push({ request: `indexOf ${enc(s)} ${enc(needle)} ${num(from)}`, expected: num(s.indexOf(needle, from)) });
      cases.push({ request: `replaceAll ${enc(s)} ${enc(needle)} 005f`, expected: enc(s.replaceAll(needle, "_")) });
      cases.push({ request: `split ${enc(s)} ${enc(needle || "a")} ${num(0)} 0`, expected: [String(s.split(needle || "a").length), ...s.split(needle || "a").map(enc)].join(" ") });
    }
    check("string", cases);
  });

  test("errors: RangeErrors of repeat, padStart, fromCodePoint with V8's messages", () => {
    const cases: Case[] = [];
    for (const count of [-1, -1.5, -Infinity, Infinity, 2 ** 30, 2 ** 28, NaN, -0.5, 1e300]) {
      for (const s of ["", "ab"]) cases.push({ request: `repeat ${enc(s)} ${num(count)}`, expected: answer(() => s.repeat(count), str) });
    }
    for (const target of [2 ** 29, 2 ** 30, Infinity, 1e300]) {
      cases.push({ request: `padStart ${enc("ab")} ${num(target)} N`, expected: answer(() => "ab".padStart(target), str) });
      cases.push({ request: `padEnd ${enc("ab")} ${num(target)} _`, expected: answer(() => "ab".padEnd(target, ""), str) });
    }
    for (const cp of [-0, -1, 1.5, NaN, 0x110000, Infinity, -Infinity, 1e21, -1e-7, 0x10ffff, 0xd800, 65, 0x1f600]) {
      cases.push({ request: `fromCodePoint ${num(65)} ${num(cp)}`, expected: answer(() => String.fromCodePoint(65, cp), str) });
    }
    check("string", cases);
  });

  test("fromCodePoint and concat on random input", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 500; i++) {
      const cps = Array.from({ length: int(0, 6) }, () => pick([int(0, 0x7f), int(0x80, 0xffff), int(0x10000, 0x10ffff), int(0xd800, 0xdfff)]));
      cases.push({ request: `fromCodePoint ${cps.map(num).join(" ")}`.trimEnd(), expected: enc(String.fromCodePoint(...cps)) });
      const parts = Array.from({ length: int(1, 6) }, () => randomString(4));
      cases.push({ request: `concat ${parts.map(enc).join(" ")}`, expected: enc(parts.join("")) });
    }
    check("string", cases);
  });

  test("toUpperCase and toLowerCase of every code point", () => {
    const cases: Case[] = [];
    for (let start = 0; start <= 0x10ffff; start += 4096) {
      let s = "";
      for (let cp = start; cp < start + 4096 && cp <= 0x10ffff; cp++) s += String.fromCodePoint(cp) + (cp % 7 === 0 ? " " : "");
      cases.push({ request: `upper ${enc(s)}`, expected: enc(s.toUpperCase()) });
      cases.push({ request: `lower ${enc(s)}`, expected: enc(s.toLowerCase()) });
    }
    check("string", cases);
  });

  test("final sigma in its contexts (cased and case-ignorable neighbours)", () => {
    const around = ["Σ", "Σ", "A", "a", "σ", " ", "'", ".", ":", "\u00ad", "\u0345", "\u02b0", "\u0301", "1", "𐐀", "𐐨", "\ud801", "ǅ", "\u2018"];
    const cases: Case[] = [];
    for (let i = 0; i < 4000; i++) {
      const s = randomString(7, around);
      cases.push({ request: `lower ${enc(s)}`, expected: enc(s.toLowerCase()) });
    }
    check("string", cases);
  });

  test("localeCompare: every pair of ASCII characters and random ASCII strings", () => {
    const cases: Case[] = [];
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    for (const a of ascii) for (const b of ascii) cases.push({ request: `localeCompare ${enc(a)} ${enc(b)}`, expected: num(a.localeCompare(b)) });
    const small = ["a", "A", "b", "B", "-", "_", " ", "1", "\u0001", "'", "z", "Z", "ab", "aB"];
    for (let i = 0; i < 20000; i++) {
      const x = rand() < 0.5 ? randomString(5, small) : randomString(8, ascii);
      const y = rand() < 0.3 ? x.toUpperCase() : rand() < 0.5 ? randomString(5, small) : randomString(8, ascii);
      cases.push({ request: `localeCompare ${enc(x)} ${enc(y)}`, expected: num(x.localeCompare(y)) });
    }
    check("string", cases);
  });

  test("the library is freestanding: no symbols outside the runtime", () => {
    for (const f of LIB2_SOURCES) {
      const obj = path.join(work, f.replace(/\.c$/, ".freestanding.o"));
      execFileSync("gcc", ["-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror", "-ffreestanding", "-fno-builtin", "-nostdinc",
        "-isystem", gccInclude(), "-I", here, "-c", path.join(here, f), "-o", obj]);
      const undefined_ = execFileSync("nm", ["-u", obj]).toString().split("\n").map((l) => l.trim().split(/\s+/).pop()!).filter(Boolean);
      expect(undefined_.filter((s) => !s.startsWith("yao_") && s !== "__stack_chk_fail")).toEqual([]);
    }
  });
});

/** gcc's own header directory (stdint.h, stddef.h, stdbool.h): the only headers freestanding code may use. */
function gccInclude(): string {
  return path.join(execFileSync("gcc", ["-print-file-name=include"]).toString().trim());
}

// ================================================================ Map and Set

const OBJECTS = Array.from({ length: 8 }, () => ({}));
const KEY_POOL: unknown[] = [0, -0, 1, 2, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 1e300, 5e-324, "", "a", "b", "ab", "1", "NaN", "0",
  "日本", "😀", "\ud800", true, false, undefined, null, ...OBJECTS];

function keyToken(k: unknown): string {
  if (typeof k === "number") return "n" + num(k);
  if (typeof k === "string") return "s" + enc(k);
  if (k === true) return "t";
  if (k === false) return "f";
  if (k === undefined) return "u";
  if (k === null) return "z";
  return "o" + OBJECTS.indexOf(k as object);
}

/** A random key: mostly from the pool (collisions), sometimes a fresh number or string. */
function randomKey(wide: number): unknown {
  const r = rand();
  if (r < 0.5) return pick(KEY_POOL);
  if (r < 0.8) return int(0, wide);
  return "k" + int(0, wide);
}

/** Runs ops on a JS Map/Set and records the requests with Node's answers. */
class MapModel {
  cases: Case[] = [];
  m: Map<unknown, unknown> | Set<unknown> = new Map();
  iters: Array<Iterator<unknown>> = [];

  reset(isSet: boolean): void {
    this.m = isSet ? new Set() : new Map();
    this.iters = [];
    this.cases.push({ request: `new ${isSet ? 1 : 0}`, expected: "ok" });
  }

  get isSet(): boolean { return this.m instanceof Set; }

  op(wide: number): void {
    const k = randomKey(wide), K = keyToken(k), r = rand();
    const m = this.m;
    if (r < 0.3) {
      const v = int(0, 1000);
      if (m instanceof Set) m.add(k); else m.set(k, v);
      this.cases.push({ request: `set ${K} n${num(v)}`, expected: "ok" });
    } else if (r < 0.45) {
      this.cases.push({ request: `get ${K}`, expected: m instanceof Set ? keyToken(undefined) : keyToken(m.get(k)) });
      if (m instanceof Set) this.cases.pop();
    } else if (r < 0.55) this.cases.push({ request: `has ${K}`, expected: bool(m.has(k)) });
    else if (r < 0.75) this.cases.push({ request: `delete ${K}`, expected: bool(m.delete(k)) });
    else if (r < 0.755) { m.clear(); this.cases.push({ request: "clear", expected: "ok" }); }
    else if (r < 0.8) this.cases.push({ request: "size", expected: String(m.size) });
    else if (r < 0.85) {
      const i = int(0, 7);
      this.iters[i] = m instanceof Set ? m.values() : m.entries();
      this.cases.push({ request: `iter ${i}`, expected: "ok" });
    } else this.next(int(0, 7));
  }

  next(i: number): void {
    const it = this.iters[i];
    if (!it) return;
    const r = it.next();
    let expected = "done";
    if (!r.done) expected = this.isSet ? `${keyToken(r.value)} u` : `${keyToken((r.value as unknown[])[0])} ${keyToken((r.value as unknown[])[1])}`;
    this.cases.push({ request: `next ${i}`, expected });
  }

  dump(): void {
    const parts = [String(this.m.size)];
    if (this.m instanceof Set) for (const k of this.m) parts.push(`${keyToken(k)}=u`);
    else for (const [k, v] of this.m) parts.push(`${keyToken(k)}=${keyToken(v)}`);
    this.cases.push({ request: "dump", expected: parts.join(" ") });
  }
}

describe("Map and Set", () => {
  test("random operation sequences with iterators open across set, delete and clear", () => {
    const model = new MapModel();
    for (let round = 0; round < 300; round++) {
      model.reset(rand() < 0.3);
      const wide = pick([4, 16, 64]);
      for (let n = int(0, 300); n > 0; n--) model.op(wide);
      model.dump();
    }
    check("map", model.cases);
  });

  test("iteration visits entries added during the loop and skips deleted ones (growth, compaction, shrinking)", () => {
    const model = new MapModel();
    for (let round = 0; round < 40; round++) {
      model.reset(round % 4 === 3);
      for (let n = int(0, 200); n > 0; n--) model.op(1000);
      model.iters = [];
      model.cases.push({ request: "iter 0", expected: "ok" });
      model.iters[0] = model.m instanceof Set ? model.m.values() : model.m.entries();
      for (let step = 0; step < 600; step++) {
        model.next(0);
        const r = rand();
        if (r < 0.4) { /* delete something, sometimes far ahead, sometimes behind */
          const k = randomKey(1000);
          model.cases.push({ request: `delete ${keyToken(k)}`, expected: bool(model.m.delete(k)) });
        } else if (r < 0.7) {
          const k = int(0, 5000);
          if (model.m instanceof Set) model.m.add(k); else model.m.set(k, k);
          model.cases.push({ request: `set ${keyToken(k)} ${keyToken(k)}`, expected: "ok" });
        } else if (r < 0.702) {
          model.m.clear();
          model.cases.push({ request: "clear", expected: "ok" });
        }
      }
      model.dump();
    }
    check("map", model.cases);
  });

  test("large maps: 200k operations keep every answer", () => {
    const model = new MapModel();
    model.reset(false);
    for (let n = 0; n < 200000; n++) model.op(20000);
    model.dump();
    check("map", model.cases);
  });
});

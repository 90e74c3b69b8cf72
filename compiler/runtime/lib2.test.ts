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

/** Objects of the host runtime (built by the compiler's driver) plus the library's while the
 * runtime's list lacks them. With a policy, every source is built again with -DYAO_GC=<policy>. */
function runtimeObjects(policy: number | null): string[] {
  const dir = path.join(work, `runtime-${policy ?? "default"}`);
  fs.mkdirSync(dir, { recursive: true });
  const host = hostRuntimeObjects(path.join(work, "host"));
  const sources = [...host.map((o) => path.basename(o, ".o") + ".c"), ...LIB2_SOURCES];
  const wanted = [...new Set(sources)].filter((f) => fs.existsSync(path.join(here, f)));
  const build = policy === null ? wanted.filter((f) => !host.some((o) => path.basename(o) === f.replace(/\.c$/, ".o"))) : wanted;
  const define = policy === null ? [] : [`-DYAO_GC=${policy}`];
  const built = build.map((f) => {
    const obj = path.join(dir, f.replace(/\.c$/, ".o"));
    execFileSync("gcc", [...HOST_CFLAGS, ...define, "-I", here, "-c", path.join(here, f), "-o", obj]);
    return obj;
  });
  return policy === null ? [...host, ...built] : built;
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

/** A mismatch report that stays readable: encoded strings shown decoded, long answers cut
 * around the first difference. */
function mismatch(request: string, expected: string, got: string): string {
  const decode = (line: string): string => line.replace(/(^|[ !sJ])((?:[0-9a-f]{4}){1,})(?= |$)/g, (_m, pre: string, hex: string) =>
    pre + JSON.stringify(Buffer.from(hex, "hex").swap16().toString("utf16le")));
  const [e, g] = [decode(expected), decode(got)];
  let at = 0;
  while (at < e.length && e[at] === g[at]) at++;
  const from = Math.max(0, at - 60);
  const cut = (t: string, start: number): string => (t.length > 300 ? `…${t.slice(start, start + 240)}… (${t.length} chars)` : t);
  return `${cut(decode(request), 0)}\n  node ${cut(e, from)}\n  yao  ${cut(g, from)}`;
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

let seed = Number(process.env.LIB2_SEED ?? 0x9e3779b9) >>> 0 || 1;
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

// ================================================================ JSON

const JSON_STRINGS = ["", "a", "hello world", "\"", "\\", "/", "\u0000", "\u0001\u001f", "\b\f\n\r\t", "\u007f", "\u2028\u2029", "日本語",
  "😀", "\ud800", "\udc00x", "x\ud83d", "\ud83d\ude00\ud83d", "a\"b\\c", "</script>", "1", "0", "01", "4294967294", "4294967295", "-1"];
const JSON_NUMBERS = [0, -0, 1, -1, 0.1, 0.1 + 0.2, 1e21, 1e-7, 123456789012, 5e-324, 1.7976931348623157e308, -1e300, 2 ** 53 + 2, NaN, Infinity, -Infinity, 3.14];
const FIELD_NAMES = ["a", "b", "name", "value", "x y", "日本", "😀", "", "1", "0", "42", "01", "4294967294", "4294967295", "#secret", "\"q\"", "a\\b", "\n"];
const TYPED = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const CLASS_NAMES = ["Foo", "Point", "Ünïcode", "日本"];

/** A class whose own name is `name` (V8 names constructors in cycle messages by it). */
function namedClass(name: string): new () => object {
  return new Function(`return class ${name} {}`)() as new () => object;
}

/** A value built twice: as a JS value for Node and as driver tokens (test/lib2_json.c). */
class ValueGen {
  tokens: string[] = [];
  containers: unknown[] = [];
  open = new Set<unknown>();
  cycles = 0;

  constructor(private cycleRate: number) {}

  private container<T>(value: T, token: string, fill: () => void): T {
    this.tokens.push(token);
    this.containers.push(value);
    this.open.add(value);
    fill();
    this.open.delete(value);
    return value;
  }

  primitive(): unknown {
    const r = rand();
    if (r < 0.1) { this.tokens.push("u"); return undefined; }
    if (r < 0.2) { this.tokens.push("z"); return null; }
    if (r < 0.3) { const b = rand() < 0.5; this.tokens.push(b ? "t" : "f"); return b; }
    if (r < 0.6) return this.number();
    return this.string();
  }

  number(): number {
    const x = rand() < 0.6 ? pick(JSON_NUMBERS) : rand() < 0.5 ? int(-1000, 1000) : (rand() - 0.5) * 10 ** int(-10, 25);
    this.tokens.push("n" + num(x));
    return x;
  }

  string(): string {
    const s = rand() < 0.5 ? pick(JSON_STRINGS) : randomString(6);
    this.tokens.push("s" + enc(s));
    return s;
  }

  /** A string, or null/undefined as a nullable reference. */
  nullable(inner: () => unknown): unknown {
    const r = rand();
    if (r < 0.1) { this.tokens.push("u"); return undefined; }
    if (r < 0.2) { this.tokens.push("z"); return null; }
    return inner();
  }

  value(depth: number): unknown {
    if (depth <= 0 || rand() < 0.35) return this.primitive();
    return this.refValue(depth);
  }

  /** A value that is an object (what an element of kind REF or a REF field holds). */
  refValue(depth: number): unknown {
    if (this.containers.length > 0 && rand() < this.cycleRate) return this.reference();
    const r = rand();
    if (r < 0.1) { this.tokens.push("F"); return () => 0; }
    if (r < 0.3 || depth <= 0) return this.other();
    if (r < 0.55) return this.array(depth);
    if (r < 0.8) return this.object(depth, rand() < 0.5 ? null : pick(CLASS_NAMES));
    return this.jsonObject(depth);
  }

  reference(): unknown {
    const k = int(0, this.containers.length - 1);
    if (this.open.has(this.containers[k])) this.cycles++;
    this.tokens.push("R" + k);
    return this.containers[k];
  }

  other(): unknown {
    switch (int(0, 7)) {
      case 0: this.tokens.push("F"); return () => 0;
      case 1: this.tokens.push("M"); return new Map([[1, 2]]);
      case 2: this.tokens.push("S"); return new Set([1]);
      case 3: this.tokens.push("B"); return new ArrayBuffer(4);
      case 4: this.tokens.push("D"); return new DataView(new ArrayBuffer(4));
      case 5: { const m = pick(JSON_STRINGS); this.tokens.push("E" + enc(m)); return new Error(m); }
      default: {
        const kind = int(0, 8), n = int(0, 5);
        const xs = Array.from({ length: n }, () => (rand() < 0.5 ? int(-300, 300) : pick(JSON_NUMBERS)));
        this.tokens.push(`T${kind}`, String(n), ...xs.map((x) => "n" + num(x)));
        return new TYPED[kind](xs);
      }
    }
  }

  array(depth: number): unknown[] {
    const ek = pick(["d", "b", "v", "s", "r"]);
    const a: unknown[] = [];
    const n = int(0, 5);
    return this.container(a, "A" + ek, () => {
      this.tokens.push(String(n));
      for (let i = 0; i < n; i++) {
        if (ek === "d") a.push(this.number());
        else if (ek === "b") { const b = rand() < 0.5; this.tokens.push(b ? "t" : "f"); a.push(b); }
        else if (ek === "s") a.push(this.nullable(() => this.string()));
        else if (ek === "r") a.push(this.nullable(() => this.refValue(depth - 1)));
        else a.push(this.value(depth - 1));
      }
    });
  }

  object(depth: number, className: string | null): object {
    const Ctor = className === null ? Object : namedClass(className);
    const o = new Ctor() as Record<string, unknown>;
    const names = [...new Set(Array.from({ length: int(0, 5) }, () => pick(FIELD_NAMES)))];
    return this.container(o, className === null ? "O" : "C" + enc(className), () => {
      this.tokens.push(String(names.length));
      for (const name of names) {
        this.tokens.push(name === "" ? "_" : enc(name));
        const v = this.field(depth);
        if (!name.startsWith("#")) o[name] = v;
      }
    });
  }

  field(depth: number): unknown {
    const repr = pick(["d", "i", "b", "v", "s", "r"]);
    this.tokens.push(repr);
    if (repr === "d") return this.number();
    if (repr === "i") { const x = int(-(2 ** 40), 2 ** 40); this.tokens.push("i" + x); return x; }
    if (repr === "b") { const b = rand() < 0.5; this.tokens.push(b ? "t" : "f"); return b; }
    if (repr === "s") return this.nullable(() => this.string());
    if (repr === "r") return this.nullable(() => this.refValue(depth - 1));
    return this.value(depth - 1);
  }

  jsonObject(depth: number): object {
    const o: Record<string, unknown> = {};
    // keys are chosen first and put in JavaScript's order (index keys first), the order the
    // driver's map keeps; values are then made in that order so containers number alike
    const keys: Record<string, number> = {};
    for (let n = int(0, 5); n > 0; n--) keys[pick([...FIELD_NAMES, ...JSON_STRINGS])] = 0;
    const order = Object.keys(keys).filter((k) => k !== "__proto__");
    return this.container(o, "J", () => {
      this.tokens.push(String(order.length));
      for (const key of order) {
        this.tokens.push(enc(key));
        o[key] = this.value(depth - 1);
      }
    });
  }
}

function indentArg(): { token: string; value: unknown } {
  const r = rand();
  if (r < 0.3) return { token: "u", value: undefined };
  if (r < 0.65) { const x = pick([0, 1, 2, 4, 10, 11, 100, -1, NaN, 3.7, Infinity, -Infinity]); return { token: "n" + num(x), value: x }; }
  const s = pick(["", " ", "\t", "--", "abcdefghijklmno", "a😀😀😀😀😀", "日本"]);
  return { token: "s" + enc(s), value: s };
}

const showJson = (v: string | undefined): string => (v === undefined ? "U" : enc(v));

/** The parse tree as lib2_json.c prints it. */
function treeTokens(v: unknown): string {
  if (v === null) return "z";
  if (v === true) return "t";
  if (v === false) return "f";
  if (typeof v === "number") return "n" + num(v);
  if (typeof v === "string") return "s" + enc(v);
  if (Array.isArray(v)) return ["Av", String(v.length), ...v.map(treeTokens)].join(" ");
  const keys = Object.keys(v as object);
  return ["J", String(keys.length), ...keys.flatMap((k) => [enc(k), treeTokens((v as Record<string, unknown>)[k])])].join(" ");
}

/** A random JSON text: Node's own output, with random white space, duplicate and index keys. */
function randomJsonText(depth: number): string {
  const r = rand();
  if (depth <= 0 || r < 0.3) return JSON.stringify(rand() < 0.5 ? pick(JSON_NUMBERS.filter(Number.isFinite)) : rand() < 0.5 ? pick(JSON_STRINGS) : pick([true, false, null]));
  const ws = (): string => pick(["", "", " ", "\n", "\t", "\r\n  "]);
  if (r < 0.6) return `[${ws()}${Array.from({ length: int(0, 4) }, () => randomJsonText(depth - 1) + ws()).join("," + ws())}]`;
  const members = Array.from({ length: int(0, 4) }, () => `${JSON.stringify(pick([...FIELD_NAMES, "7", "3", "a"]))}${ws()}:${ws()}${randomJsonText(depth - 1)}`);
  return `{${ws()}${members.join(ws() + "," + ws())}${ws()}}`;
}

/** A small random edit: most of them make the text invalid somewhere interesting. */
function mutate(text: string): string {
  const at = int(0, text.length);
  const junk = pick(["", ",", ":", "]", "}", "[", "{", "\"", "\\", "x", "-", ".", "e", "0", "1", " ", "\n", "\u0001", "tru", "nul", "\\u12", "é", "😀"]);
  switch (int(0, 3)) {
    case 0: return text.slice(0, at) + junk + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(at + 1);
    case 2: return text.slice(0, at);
    default: return text.slice(0, at) + junk + text.slice(at + 1);
  }
}

describe("JSON", () => {
  test("stringify of random values of every kind, with indents", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 3000; i++) {
      const gen = new ValueGen(0);
      const v = gen.value(4);
      const indent = indentArg();
      cases.push({ request: `stringify ${indent.token} ${gen.tokens.join(" ")}`, expected: answer(() => JSON.stringify(v, null, indent.value as string), showJson) });
    }
    check("json", cases);
  });

  test("cycles throw V8's TypeError describing the path; shared references do not", () => {
    const cases: Case[] = [];
    let cycles = 0;
    for (let i = 0; i < 3000; i++) {
      const gen = new ValueGen(0.3);
      const v = gen.value(6);
      cycles += gen.cycles > 0 ? 1 : 0;
      cases.push({ request: `stringify u ${gen.tokens.join(" ")}`, expected: answer(() => JSON.stringify(v), showJson) });
    }
    // long paths: the message shows the first two steps, "...", and the last one
    for (let n = 0; n < 8; n++) {
      const gen = new ValueGen(0);
      const root: Record<string, unknown> = {};
      gen.tokens.push("O", "1", enc("k"), "r");
      let o = root;
      gen.containers.push(root);
      for (let d = 0; d < n; d++) {
        const next: Record<string, unknown> = {};
        o.k = next;
        o = next;
        gen.tokens.push(d % 2 ? "O" : "C" + enc("Step"), "1", enc(d === n - 1 ? "back" : "k"), "r");
        if (d % 2 === 0) Object.setPrototypeOf(next, namedClass("Step").prototype);
      }
      o[n === 0 ? "k" : "back"] = root;
      gen.tokens.push("R0");
      cases.push({ request: `stringify u ${gen.tokens.join(" ")}`, expected: answer(() => JSON.stringify(root), showJson) });
    }
    expect(cycles).toBeGreaterThan(300);
    check("json", cases);
  });

  test("parse of random valid texts, and stringify of what was parsed (round trips)", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = randomJsonText(4);
      const indent = indentArg();
      cases.push({ request: `parse ${enc(text)}`, expected: answer(() => JSON.parse(text), treeTokens) });
      cases.push({ request: `roundtrip ${enc(text)} ${indent.token}`, expected: answer(() => JSON.stringify(JSON.parse(text), null, indent.value as string), showJson) });
    }
    for (const n of ["0", "-0", "1e400", "-1e400", "5e-324", "2.4703282292062328e-324", "0.1", "123456789012345678901234567890", "1E+2", "1e-2", "-0.0e-0"]) {
      cases.push({ request: `parse ${enc(n)}`, expected: treeTokens(JSON.parse(n)) });
    }
    check("json", cases);
  });

  test("parse errors: V8's SyntaxError messages and positions on mutated texts", () => {
    const cases: Case[] = [];
    const crafted = ["", " ", "x", "{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "[1,", "[1 2]", "{\"a\" 1}", "{a:1}", "\"abc", "\"\\x\"", "\"\\u12g4\"",
      "\"a\nb\"", "01", "-", "-a", "1.", "1.e5", "1e", "1e+", ".5", "[1,]", "{\"a\":1,}", "tru", "nul", "true false", "[1] x", "\u00a0 1", "NaN",
      "Infinity", "-Infinity", "undefined", "[object Object]", "undefined ", "123abc", "1 2", "[", "]", "\"\t\"", "'a'", "[-]", "[1e5x]",
      "{\"a\":1}}", "trux", "fals", "t", "\"\\u\"", "\"\\u12\"", "\"\\u12", "\"\\", "\"a\\", "[\"a\" \"b\"]", "{\"a\" \"b\"}", "[01]", "-01",
      "0x10", "{,}", "{\"a\",}", "[,]", "{\"a\":}", "{\"a\"::1}", "[1 ,2", "\ufeff1", "x12345678901234567890", "1".repeat(30) + "x",
      "[1,2,3,4,5,6,7,8,9,10,11,12,x]", "{\"aaaaaaaaaaaaaaaaaa\": @}", "[\"" + "a".repeat(40) + "\", ?, 1, 2, 3, 4, 5, 6, 7, 8, 9]", "{\"日本\": 😀}",
      "[1, \ud800]"];
    for (const t of crafted) cases.push({ request: `parse ${enc(t)}`, expected: answer(() => JSON.parse(t), treeTokens) });
    // every single-character insertion, replacement and deletion in a few small texts
    const bases = ["{\"a\":[1,-2.5e3,\"x\\n\"],\"b\":{}}", "[true,false,null]", "\"\\u00e9\\ud83d\\ude00\"", " {\"0\" : 0.5E-1 , \"1\" : [ ] } "];
    const chars = ["", " ", "\t", "\n", ",", ":", "[", "]", "{", "}", "\"", "\\", "/", "-", "+", ".", "e", "E", "0", "1", "9", "a", "t", "n", "u", "x", "\u0000", "\u001f", "\u007f", "é", "\ud800", "😀"];
    for (const base of bases) {
      for (let at = 0; at <= base.length; at++) {
        for (const c of chars) {
          for (const t of [base.slice(0, at) + c + base.slice(at), base.slice(0, at) + c + base.slice(at + 1)]) {
            cases.push({ request: `parse ${enc(t)}`, expected: answer(() => JSON.parse(t), treeTokens) });
          }
        }
      }
    }
    for (let i = 0; i < 6000; i++) {
      let text = randomJsonText(3);
      for (let k = int(1, 2); k > 0; k--) text = mutate(text);
      cases.push({ request: `parse ${enc(text)}`, expected: answer(() => JSON.parse(text), treeTokens) });
    }
    check("json", cases);
  });

  test("reading parsed objects by C-string field names (yao_map_get_cstr)", () => {
    const cases: Case[] = [];
    const long = "k".repeat(70) + "😀";
    for (let i = 0; i < 500; i++) {
      const keys = Array.from({ length: int(0, 5) }, () => pick([...FIELD_NAMES, long, "ключ", "𐐀x"]));
      const obj = Object.fromEntries(keys.map((k) => [k, rand() < 0.5 ? int(0, 9) : pick(JSON_STRINGS)]));
      const text = JSON.stringify(obj);
      const key = rand() < 0.7 && keys.length ? pick(keys) : pick([...FIELD_NAMES, long, "zz"]);
      if (key === "") continue; /* an empty token cannot be sent */
      cases.push({ request: `field ${enc(text)} ${enc(key)}`, expected: key in obj ? treeTokens(obj[key]) : "U" });
    }
    check("json", cases);
  });

  test("deep nesting: parse is iterative; stringify of 1000 levels", () => {
    const cases: Case[] = [];
    for (const n of [1000, 100000]) {
      const text = "[".repeat(n) + "]".repeat(n);
      cases.push({ request: `depth ${enc(text)}`, expected: String(n) });
      cases.push({ request: `depth ${enc(text.slice(0, -1))}`, expected: answer(() => JSON.parse(text.slice(0, -1)), () => "") });
    }
    const deep = "[".repeat(1000) + "1" + "]".repeat(1000);
    cases.push({ request: `roundtrip ${enc(deep)} u`, expected: enc(JSON.stringify(JSON.parse(deep))) });
    check("json", cases);
  });
});

// ================================================================ under the collector

describe("with a collection at every allocation (mark-sweep, YAO_GC_STRESS=1)", () => {
  const stress = { YAO_GC_STRESS: "1" };

  beforeAll(() => {
    // the default host runtime already collects when gc.h makes mark-sweep the default
    const gcByDefault = !HOST_CFLAGS.some((f) => f.startsWith("-DYAO_GC")) &&
      /#define YAO_GC 1\b/.test(fs.readFileSync(path.join(here, "gc.h"), "utf8"));
    const objects = gcByDefault ? [] : runtimeObjects(1);
    for (const name of ["string", "map", "json"]) drivers[`${name}-gc`] = gcByDefault ? drivers[name] : buildDriver(name, objects, "-gc");
  });

  test("strings", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 150; i++) {
      const s = randomString();
      cases.push(...stringCases(s), splitCase(s), ...buildingCases(s));
    }
    check("string-gc", cases, stress);
  });

  test("maps and sets with open iterators", () => {
    const model = new MapModel();
    for (let round = 0; round < 6; round++) {
      model.reset(round % 2 === 1);
      for (let n = 0; n < 400; n++) model.op(200);
      model.cases.push({ request: "gc", expected: "ok" });
      for (let i = 0; i < 8; i++) model.next(i);
      model.dump();
    }
    check("map-gc", model.cases, stress);
  });

  test("JSON values, parse trees and round trips", () => {
    const cases: Case[] = [];
    for (let i = 0; i < 150; i++) {
      const gen = new ValueGen(0.05);
      const v = gen.value(4);
      cases.push({ request: `stringify n${num(2)} ${gen.tokens.join(" ")}`, expected: answer(() => JSON.stringify(v, null, 2), showJson) });
      const text = randomJsonText(4);
      cases.push({ request: `parse ${enc(text)}`, expected: answer(() => JSON.parse(text), treeTokens) });
      cases.push({ request: `roundtrip ${enc(text)} u`, expected: answer(() => JSON.stringify(JSON.parse(text)), showJson) });
    }
    check("json-gc", cases, stress);
  });
});

// Generates ../unicode_tables.h, the data behind rt_string2.c's case mapping, trimming and
// ASCII localeCompare. Node itself is the source: every table is read off what this Node
// (V8 + ICU) computes, so the C runtime agrees with the oracle its tests compare against.
// Run from the repository root after a Node upgrade:  npx tsx compiler/runtime/gen/unicode_tables.ts
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MAX_CP = 0x10ffff;
const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** A run of code points start, start+step, ... (count of them) that all map to cp + delta. */
interface Run { start: number; count: number; step: number; delta: number }
/** A code point whose mapping is longer than one code point (ß → SS). */
interface Special { cp: number; units: number[] }

function caseTables(map: (s: string) => string): { runs: Run[]; specials: Special[] } {
  const single = new Map<number, number>();
  const specials: Special[] = [];
  for (let cp = 0; cp <= MAX_CP; cp++) {
    if (isSurrogate(cp)) continue;
    const from = String.fromCodePoint(cp);
    const to = map(from);
    if (to === from) continue;
    const cps = [...to].map((c) => c.codePointAt(0)!);
    if (cps.length === 1) single.set(cp, cps[0]);
    else specials.push({ cp, units: [...to].flatMap((c) => [...Array(c.length).keys()].map((i) => c.charCodeAt(i))) });
  }
  return { runs: runsOf(single), specials };
}

// Greedy runs: consecutive code points with one delta (A-Z), or every other one (Ā ā Ă ă ...)
// when the code points between are unmapped, so runs never overlap and binary search works.
function runsOf(single: Map<number, number>): Run[] {
  const cps = [...single.keys()].sort((a, b) => a - b);
  const runs: Run[] = [];
  let i = 0;
  while (i < cps.length) {
    const start = cps[i];
    const delta = single.get(start)! - start;
    const sameDelta = (cp: number): boolean => single.get(cp) !== undefined && single.get(cp)! - cp === delta;
    let step = 1;
    if (!sameDelta(start + 1) && sameDelta(start + 2) && !single.has(start + 1)) step = 2;
    let count = 1;
    while (sameDelta(start + count * step) && (step === 1 || !single.has(start + count * step - 1))) count++;
    runs.push({ start, count, step, delta });
    i += count; // a step-2 run has no mapped code points between its members (checked above)
  }
  return runs;
}

function propertyRanges(re: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let cp = 0; cp <= MAX_CP; cp++) {
    if (!re.test(String.fromCodePoint(cp))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

function trimmed(): number[] {
  const units: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (("a" + String.fromCharCode(c)).trim() === "a") units.push(c);
  return units;
}

// localeCompare on ASCII: each code unit has one collation element. Ignorable units (controls)
// weigh nothing; the others get a primary rank (letters case-folded together) and a tertiary
// rank (lower case before upper case), read off Node's own default collator.
function asciiCollation(): { primary: number[]; tertiary: number[] } {
  const primary = new Array<number>(128).fill(0);
  const tertiary = new Array<number>(128).fill(0);
  const base = new Intl.Collator(undefined, { sensitivity: "base" });
  const chars = [...Array(128).keys()].map((c) => String.fromCharCode(c))
    .filter((c) => ("a" + c + "b").localeCompare("ab") !== 0)
    .sort((a, b) => a.localeCompare(b));
  let rank = 0;
  let tier = 0;
  chars.forEach((c, i) => {
    if (i === 0 || base.compare(chars[i - 1], c) !== 0) { rank++; tier = 0; } else tier++;
    primary[c.charCodeAt(0)] = rank;
    tertiary[c.charCodeAt(0)] = tier;
  });
  return { primary, tertiary };
}

const hex = (n: number): string => "0x" + n.toString(16).toUpperCase();

function runTable(name: string, runs: Run[]): string {
  const rows = runs.map((r) => `  {${hex(r.start)}, ${r.count}, ${r.step}, ${r.delta}},`);
  return `static const yao_case_run ${name}[${runs.length}] = {\n${rows.join("\n")}\n};\n`;
}

function specialTable(name: string, specials: Special[]): string {
  const rows = specials.map((s) => {
    if (s.units.length > 3) throw new Error(`mapping of ${hex(s.cp)} is longer than 3 code units`);
    const units = [...s.units, 0, 0, 0].slice(0, 3).map(hex).join(", ");
    return `  {${hex(s.cp)}, ${s.units.length}, {${units}}},`;
  });
  return `static const yao_case_special ${name}[${specials.length}] = {\n${rows.join("\n")}\n};\n`;
}

function rangeTable(name: string, ranges: Array<[number, number]>): string {
  const rows: string[] = [];
  for (let i = 0; i < ranges.length; i += 6) {
    rows.push("  " + ranges.slice(i, i + 6).map(([a, b]) => `{${hex(a)}, ${hex(b)}}`).join(", ") + ",");
  }
  return `static const uint32_t ${name}[${ranges.length}][2] = {\n${rows.join("\n")}\n};\n`;
}

function byteTable(name: string, values: number[]): string {
  const rows: string[] = [];
  for (let i = 0; i < values.length; i += 16) rows.push("  " + values.slice(i, i + 16).join(", ") + ",");
  return `static const uint8_t ${name}[${values.length}] = {\n${rows.join("\n")}\n};\n`;
}

function main(): void {
  const upper = caseTables((s) => s.toUpperCase());
  const lower = caseTables((s) => s.toLowerCase());
  const collation = asciiCollation();
  const trim = trimmed();
  const out = [
    `/* GENERATED by compiler/runtime/gen/unicode_tables.ts from Node ${process.version} (ICU ${process.versions.icu},`,
    ` * Unicode ${process.versions.unicode}); do not edit. Included only by rt_string2.c.`,
    ` *  - case runs: code points start, start+step, ... (count) map to cp + delta (one code point);`,
    ` *  - case specials: code points whose full mapping has several code units (ß → SS);`,
    ` *  - cased / case-ignorable ranges: the Unicode properties behind Final_Sigma (Unicode 3.13);`,
    ` *  - trim units: what String.prototype.trim removes (WhiteSpace and LineTerminator);`,
    ` *  - ASCII collation: primary rank (0: ignorable) and tertiary rank of Node's default collator. */`,
    "#ifndef YAO_UNICODE_TABLES_H",
    "#define YAO_UNICODE_TABLES_H",
    "",
    "typedef struct { uint32_t start; uint16_t count; uint8_t step; int32_t delta; } yao_case_run;",
    "typedef struct { uint32_t cp; uint8_t n; uint16_t units[3]; } yao_case_special;",
    "",
    runTable("upper_runs", upper.runs),
    specialTable("upper_specials", upper.specials),
    runTable("lower_runs", lower.runs),
    specialTable("lower_specials", lower.specials),
    rangeTable("cased_ranges", propertyRanges(/^\p{Cased}$/u)),
    rangeTable("case_ignorable_ranges", propertyRanges(/^\p{Case_Ignorable}$/u)),
    `static const uint16_t trim_units[${trim.length}] = {${trim.map(hex).join(", ")}};\n`,
    byteTable("ascii_primary", collation.primary),
    byteTable("ascii_tertiary", collation.tertiary),
    "#endif",
    "",
  ];
  const here = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(here, "..", "unicode_tables.h"), out.join("\n"));
}

main();

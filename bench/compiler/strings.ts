// Benchmark (compiler issue 3): text
// processing. A 300,000-line text of made-up words and key=value fields is built with join, split
// back into lines, and each line is trimmed, split into fields, searched with indexOf, startsWith,
// endsWith and includes, sliced, upper-cased, and rewritten with replaceAll and replace; the
// results are hashed. Measures the string methods applications lean on. bench/compiler/run.ts
// times it against strings.c (the same algorithm over byte buffers), Node and porffor.

const LINES: i32 = 300000;
const ROUNDS: i32 = 3;
const SYLLABLES: string[] = ["ka", "to", "ri", "ne", "su", "mo", "ha", "ya", "chi", "ten", "ro", "mi"];

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

class Totals {
  trimmed: i32 = 0;
  fields: i32 = 0;
  pairs: i32 = 0;
  valueSum = 0;
  ka: i32 = 0;
  ten: i32 = 0;
  chimi: i32 = 0;
  ri: i32 = 0;
  hash: u32 = 0;
}

function makeWord(rng: Lcg): string {
  const n = 1 + rng.below(4);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[rng.below(SYLLABLES.length)];
  return w;
}

// Four to fifteen words separated by single spaces; every seventh line is padded with spaces.
function makeLine(rng: Lcg, index: i32): string {
  const count = 4 + rng.below(12);
  const words: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng.below(5000);
    const w = makeWord(rng);
    words.push(r % 5 === 0 ? `${w}=${r % 1000}` : w);
  }
  const body = words.join(" ");
  return index % 7 === 0 ? `  ${body} ` : body;
}

function hashString(h: u32, s: string): u32 {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}

function processLine(line: string, t: Totals): void {
  const text = line.trim();
  if (text.length !== line.length) t.trimmed++;
  const fields = text.split(" ");
  t.fields += fields.length;
  const keys: string[] = [];
  for (const f of fields) {
    const eq = f.indexOf("=");
    if (eq >= 0) {
      keys.push(f.slice(0, eq).toUpperCase());
      t.valueSum += parseInt(f.slice(eq + 1), 10);
      t.pairs++;
    } else {
      if (f.startsWith("ka")) t.ka++;
      if (f.endsWith("ten")) t.ten++;
      if (f.includes("chimi")) t.chimi++;
    }
  }
  const marked = text.replaceAll("ri", "RI").replace("mo", "<mo>");
  for (let pos = marked.indexOf("RI"); pos >= 0; pos = marked.indexOf("RI", pos + 2)) t.ri++;
  t.hash = hashString(t.hash, marked);
  t.hash = hashString(t.hash, keys.join(","));
}

export function main(): void {
  const rng = new Lcg(777);
  const generated: string[] = [];
  for (let i = 0; i < LINES; i++) generated.push(makeLine(rng, i));
  const text = generated.join("\n");
  console.log(`strings: text length ${text.length}, last "chiten" at ${text.lastIndexOf("chiten")}`);
  for (let round = 0; round < ROUNDS; round++) {
    const t = new Totals();
    const lines = text.split("\n");
    for (const line of lines) processLine(line, t);
    console.log(
      `strings: round ${round}: ${lines.length} lines, ${t.trimmed} trimmed, ${t.fields} fields, ` +
        `${t.pairs} pairs summing to ${t.valueSum}, ka ${t.ka}, ten ${t.ten}, chimi ${t.chimi}, ` +
        `RI ${t.ri}, hash ${t.hash}`,
    );
  }
}

main();

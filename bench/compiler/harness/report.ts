// Turning measured benchmark results into the printed table and the JSON file, for
// bench/compiler/run.ts: per program the best times of yao, C, Node and porffor, the ratios
// yao/C, yao/Node, porffor/C (and Node/C for scale), geometric means across programs, and one
// note per failure saying why a cell is empty or flagged.

import { ImplName, IMPLS } from "./implementations";
import { Measured } from "./measure";

export interface ProgramResult {
  name: string;
  issue: number;
  sourceBytes: number;
  results: Record<ImplName, Measured>;
}

export interface RatioSpec {
  label: string;
  top: ImplName;
  bottom: ImplName;
}

export const RATIOS: RatioSpec[] = [
  { label: "yao/C", top: "yao", bottom: "c" },
  { label: "yao/Node", top: "yao", bottom: "node" },
  { label: "porffor/C", top: "porffor", bottom: "c" },
  { label: "Node/C", top: "node", bottom: "c" },
];

export interface Ratio {
  value: number | null;
  // False when either side printed something other than Node's output: shown, not averaged.
  trusted: boolean;
}

const HEADINGS: Record<ImplName, string> = { yao: "yao", c: "C gcc -O2", node: "Node", porffor: "porffor" };

export function ratioOf(top: Measured, bottom: Measured): Ratio {
  if (top.best === null || bottom.best === null || bottom.best <= 0) return { value: null, trusted: false };
  return { value: top.best / bottom.best, trusted: top.verdict === "ok" && bottom.verdict === "ok" };
}

export function geometricMean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

export interface GeoMean {
  label: string;
  value: number | null;
  // How many programs contributed, out of how many in the group.
  count: number;
  of: number;
}

// Geometric mean of each ratio over the trusted ratios of the given programs.
export function geometricMeans(programs: ProgramResult[]): GeoMean[] {
  return RATIOS.map((spec) => {
    const values: number[] = [];
    for (const p of programs) {
      const r = ratioOf(p.results[spec.top], p.results[spec.bottom]);
      if (r.value !== null && r.trusted) values.push(r.value);
    }
    return { label: spec.label, value: geometricMean(values), count: values.length, of: programs.length };
  });
}

// A short cell for one implementation's time: the seconds, or what went wrong in a word or two.
export function timeCell(m: Measured): string {
  if (m.verdict === "ok" && m.best !== null) return m.best.toFixed(3);
  if (m.verdict === "wrong-output" && m.best !== null) return `${m.best.toFixed(3)} WRONG OUTPUT`;
  if (m.verdict === "not-built") {
    if (m.detail.startsWith("no C")) return "no C";
    if (m.detail.startsWith("not available")) return "n/a";
    return "compile failed";
  }
  if (m.detail.startsWith("timed out")) return "timeout";
  if (m.detail.startsWith("killed by")) return `crashed (${m.detail.slice("killed by ".length)})`;
  return "failed";
}

function ratioCell(r: Ratio): string {
  if (r.value === null) return "-";
  return r.value.toFixed(2) + (r.trusted ? "" : "*");
}

function geoCell(g: GeoMean): string {
  return g.value === null ? `- (0/${g.of})` : `${g.value.toFixed(2)} (${g.count}/${g.of})`;
}

function renderRows(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows
    .map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("  "))
    .join("\n");
}

export interface GeoGroup {
  label: string;
  means: GeoMean[];
}

export function formatTable(programs: ProgramResult[], groups: GeoGroup[]): string {
  const head = ["program", ...IMPLS.map((i) => HEADINGS[i]), ...RATIOS.map((r) => r.label)];
  const rows: string[][] = [head];
  for (const p of programs) {
    const name = p.issue === 2 ? p.name : `${p.name} (issue 3)`;
    const ratios = RATIOS.map((spec) => ratioCell(ratioOf(p.results[spec.top], p.results[spec.bottom])));
    rows.push([name, ...IMPLS.map((i) => timeCell(p.results[i])), ...ratios]);
  }
  for (const g of groups) rows.push([g.label, ...IMPLS.map(() => ""), ...g.means.map(geoCell)]);
  return renderRows(rows);
}

// One note per distinct failure, naming every program it applies to, so that a compiler that is
// not there yet takes one line rather than ten.
export function formatNotes(programs: ProgramResult[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const impl of IMPLS) {
    for (const p of programs) {
      const m = p.results[impl];
      if (m.verdict === "ok" || (impl === "c" && m.detail === "no C counterpart")) continue;
      const prefix = m.verdict === "wrong-output" ? "WRONG OUTPUT: " : "";
      const key = `${HEADINGS[impl]}: ${prefix}${m.detail}`;
      byReason.set(key, [...(byReason.get(key) ?? []), p.name]);
    }
  }
  return [...byReason].map(([reason, names]) => `  ${reason}  [${names.join(", ")}]`);
}

// The JSON written to build/bench/compiler.json: everything measured, outputs left out.
export function toJson(meta: object, programs: ProgramResult[], groups: GeoGroup[], largest: object): string {
  const strip = (m: Measured): object => ({ ...m, output: undefined });
  const entries = programs.map((p) => ({
    name: p.name,
    issue: p.issue,
    sourceBytes: p.sourceBytes,
    results: Object.fromEntries(IMPLS.map((i) => [i, strip(p.results[i])])),
    ratios: Object.fromEntries(RATIOS.map((r) => [r.label, ratioOf(p.results[r.top], p.results[r.bottom])])),
  }));
  return JSON.stringify({ ...meta, programs: entries, geometricMeans: groups, largest }, null, 2) + "\n";
}

// Small helpers the benchmark parts outside bench/compiler share (bench/boot, bench/alloc and the
// `make bench` entry point bench/run.ts): medians, plain-text tables, the machine description
// written into every build/bench/*.json, and where those files go. Host-only code (tsx).

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const benchBuildDir = join(repoRoot, "build", "bench");

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A table with one header row: the first column left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A number with `digits` significant figures and thousands separators, e.g. 12,345 or 0.0123. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 10 ** digits) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(digits)).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** "1.23x" for a ratio. */
export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** What the figures were measured on, for the JSON files. */
export function machineMeta(): Record<string, string | number> {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown";
  return {
    date: new Date().toISOString(),
    cpu,
    cores: readFileSync("/proc/cpuinfo", "utf8").split("\n").filter((l) => l.startsWith("processor")).length,
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    node: process.version,
    gcc: firstLine("gcc", ["--version"]),
    qemu: firstLine("qemu-system-x86_64", ["--version"]),
  };
}

function firstLine(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).split("\n")[0];
  } catch {
    return "not available";
  }
}

/** Writes build/bench/<name>.json and returns its path relative to the repository. */
export function writeResults(name: string, data: unknown): string {
  mkdirSync(benchBuildDir, { recursive: true });
  const file = join(benchBuildDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return relative(repoRoot, file);
}

/** Progress lines go to standard error, tables to standard output. */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** `key=value` pairs of one output line (values run to the next space). */
export function parseFields(line: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of line.matchAll(/(\w+)=(\S*)/g)) fields[m[1]] = m[2];
  return fields;
}

/** A numeric field, or an error naming the line when it is missing. */
export function numberField(fields: Record<string, string>, key: string, line: string): number {
  const value = Number(fields[key]);
  if (fields[key] === undefined || Number.isNaN(value)) throw new Error(`no number "${key}" in: ${line}`);
  return value;
}

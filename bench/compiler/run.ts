// The compiler benchmark (`make bench`, or `npx tsx bench/compiler/run.ts [--runs N] [--only
// name,...]`): builds every program in bench/compiler with yao, gcc -O2, Node and porffor, times
// each whole process (best of N runs), checks every output against Node's byte for byte, prints
// one table with the ratios and their geometric means, and writes build/bench/compiler.json.
// See bench/README.md for what each program measures.

import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Built,
  BuildContext,
  ImplName,
  Porffor,
  buildC,
  buildNode,
  buildYao,
  nodeExecutable,
  nodeScriptPath,
} from "./harness/implementations";
import { Measured, MeasureOptions, measure } from "./harness/measure";
import { Program, allPrograms, selectPrograms } from "./harness/programs";
import { runTimed } from "./harness/process";
import { GeoGroup, ProgramResult, formatNotes, formatTable, geometricMeans, toJson } from "./harness/report";

interface Options {
  runs: number;
  only: string[];
  porffor: boolean;
  // Only the programs of this compiler issue's benchmark; null: every issue.
  issue: number | null;
  timeoutSeconds: number;
}

const USAGE = `usage: npx tsx bench/compiler/run.ts [--runs N] [--only name[,name...]] [--no-porffor]
       [--issue 2|3] [--timeout SECONDS]`;

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 3, only: [], porffor: true, issue: null, timeoutSeconds: 300 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === "--runs") o.runs = positiveInt(a, value());
    else if (a === "--only") o.only.push(...value().split(",").filter((s) => s.length > 0));
    else if (a === "--timeout") o.timeoutSeconds = positiveInt(a, value());
    else if (a === "--no-porffor") o.porffor = false;
    else if (a === "--issue") o.issue = positiveInt(a, value());
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return o;
}

function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} wants a positive integer, not "${text}"`);
  return n;
}

function progress(line: string): void {
  console.error(line);
}

function describeResult(m: Measured): string {
  const time = m.best === null ? "" : ` ${m.best.toFixed(3)} s`;
  const flag = m.verdict === "ok" ? "" : ` [${m.verdict}: ${m.detail}]`;
  return `${m.impl}${time}${flag}`;
}

function benchProgram(p: Program, ctx: BuildContext, porffor: Porffor | null, opts: MeasureOptions): ProgramResult {
  progress(`${p.name}:`);
  const run = (b: Built, reference: string | null): Measured => {
    const m = measure(b, reference, opts);
    progress(`  ${describeResult(m)}`);
    return m;
  };
  const node = run(buildNode(ctx, p), null);
  const reference = node.verdict === "ok" ? node.output : null;
  const skipped = (impl: ImplName, why: string): Built => ({ impl, run: null, reason: why, compileSeconds: null });
  const noReference = "not run: the Node reference run failed";
  const c = run(reference === null ? skipped("c", noReference) : buildC(ctx, p), reference);
  const yao = run(reference === null ? skipped("yao", noReference) : buildYao(ctx, p), reference);
  const porf =
    porffor === null
      ? run(skipped("porffor", "not available (skipped with --no-porffor)"), reference)
      : run(reference === null ? skipped("porffor", noReference) : porffor.build(p, nodeScriptPath(ctx, p)), reference);
  return {
    name: p.name,
    issue: p.issue,
    sourceBytes: statSync(p.tsPath).size,
    results: { yao, c, node, porffor: porf },
  };
}

function machineMeta(root: string, o: Options, porffor: Porffor | null): Record<string, string | number> {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown";
  const gcc = runTimed("gcc", ["--version"], root, 30).stdout.split("\n")[0];
  return {
    date: new Date().toISOString(),
    runs: o.runs,
    timing: "whole-process wall time, best of runs, seconds",
    cpu,
    node: runTimed(nodeExecutable(), ["--version"], root, 30).stdout.trim(),
    gcc,
    cFlags: "-O2",
    porffor: porffor === null ? "skipped" : `${porffor.version()} (porf native: its C backend, cc -O3)`,
  };
}

// The yao compile time of the largest program (by TypeScript source size) that was benchmarked.
function largestCompile(results: ProgramResult[]): { program: string; sourceBytes: number; seconds: number | null; detail: string } {
  const largest = results.reduce((a, b) => (b.sourceBytes > a.sourceBytes ? b : a));
  const yao = largest.results.yao;
  const compiled = yao.verdict !== "not-built";
  return {
    program: `${largest.name}.ts`,
    sourceBytes: largest.sourceBytes,
    seconds: compiled ? yao.compileSeconds : null,
    detail: compiled ? "" : yao.detail,
  };
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const benchDir = dirname(fileURLToPath(import.meta.url));
  const root = resolve(benchDir, "..", "..");
  const buildDir = join(root, "build", "bench");
  mkdirSync(buildDir, { recursive: true });
  const programs = selectPrograms(allPrograms(benchDir), o.only, o.issue);
  const ctx: BuildContext = { root, buildDir, timeoutSeconds: o.timeoutSeconds };
  const porffor = o.porffor ? new Porffor(ctx) : null;
  const opts: MeasureOptions = { runs: o.runs, cwd: root, timeoutSeconds: o.timeoutSeconds };
  const meta = machineMeta(root, o, porffor);

  const results = programs.map((p) => benchProgram(p, ctx, porffor, opts));
  const groups: GeoGroup[] = [{ label: "geomean, issue 2", means: geometricMeans(results.filter((r) => r.issue === 2)) }];
  if (results.some((r) => r.issue === 3)) groups.push({ label: "geomean, all", means: geometricMeans(results) });
  const largest = largestCompile(results);

  console.log(`\nCompiler benchmark: best of ${o.runs} runs, whole-process wall seconds (${meta.cpu})`);
  console.log(`Node ${meta.node}, ${meta.gcc} with ${meta.cFlags}, porffor ${meta.porffor}\n`);
  console.log(formatTable(results, groups));
  console.log("\nRatios marked * involve output that differs from Node's; geometric means leave them out.");
  const notes = formatNotes(results);
  if (notes.length > 0) console.log(`Notes:\n${notes.join("\n")}`);
  const size = `${(largest.sourceBytes / 1024).toFixed(1)} KiB`;
  const compile = largest.seconds !== null ? `${largest.seconds.toFixed(2)} s` : largest.detail;
  console.log(`yao compile time for the largest program (${largest.program}, ${size}): ${compile}`);

  const jsonPath = join(buildDir, "compiler.json");
  writeFileSync(jsonPath, toJson(meta, results, groups, largest));
  console.log(`Results written to ${join("build", "bench", basename(jsonPath))}`);
}

main();

// The allocator benchmark of issue 6 (`make bench`, or `npx tsx bench/alloc/run.ts`), in two parts
// that replay the same seeded trace (kernel/alloc/trace.ts: mixed sizes 8 B..64 KiB, mixed
// lifetimes):
//   host:   bench/alloc/host/replay.ts (kernel/alloc's three allocators and the trace) compiled by
//           yao for the host target, linked with the C driver bench/alloc/host/driver.c, which
//           replays the trace against glibc malloc and each allocator in one process and times
//           every replay and construction with clock_gettime;
//   kernel: bench/alloc/apps/<allocator>, built with --modules alloc=<allocator>, booted under
//           QEMU (TCG), timing with the calibrated TSC (bench/alloc/kernel-bench.ts).
// Prints operations per second, the state at the end of the trace (bytes used per byte requested,
// external fragmentation), construction times over 64 MiB and 1 GiB, and the targets of issue 6
// (tlsf at least 0.8x glibc's throughput on the host; any allocator's construction over 1 GiB
// under 100 us). Writes build/bench/alloc.json. See bench/README.md.

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { HOST_CFLAGS, compileToC, hostRuntimeObjects, runtimeDir } from "../../compiler/driver";
import { buildApp } from "../../tools/build/image";
import { bootImage } from "../../tools/qemu/run";
import {
  benchBuildDir,
  fmt,
  formatTable,
  machineMeta,
  numberField,
  parseFields,
  progress,
  ratio,
  repoRoot,
  writeResults,
} from "../common/report";

const here = dirname(fileURLToPath(import.meta.url));
const ALLOCATORS = ["region", "buddy", "tlsf"] as const;
const TLSF_TARGET = 0.8;
const INIT_TARGET_US = 100;
const GIB = 1024 * 1024 * 1024;

interface Options {
  parts: Set<"host" | "kernel">;
  hostOps: number;
  runs: number;
  kernelOps: number;
  kernelMem: string;
  timeoutSeconds: number;
}

const USAGE = `usage: npx tsx bench/alloc/run.ts [--only host|kernel] [--ops N] [--runs N] [--kernel-ops N]
       [--kernel-mem 2049M] [--timeout SECONDS]`;

function parseArgs(argv: string[]): Options {
  const o: Options = { parts: new Set(["host", "kernel"]), hostOps: 2_000_000, runs: 3, kernelOps: 200_000, kernelMem: "2049M", timeoutSeconds: 600 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} wants a positive integer\n${USAGE}`);
      return n;
    };
    if (a === "--only") {
      const part = value();
      if (part !== "host" && part !== "kernel") throw new Error(`--only takes host or kernel\n${USAGE}`);
      o.parts = new Set([part]);
    } else if (a === "--ops") o.hostOps = count();
    else if (a === "--runs") o.runs = count();
    else if (a === "--kernel-ops") o.kernelOps = count();
    else if (a === "--kernel-mem") o.kernelMem = value();
    else if (a === "--timeout") o.timeoutSeconds = count();
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return o;
}

// ---- what both parts report ------------------------------------------------------------------

interface InitTime {
  bytes: number;
  medianUs: number;
  firstUs: number;
}

interface AllocatorResult {
  name: string;
  operations: number;
  /** Best replay, seconds. */
  seconds: number;
  /** Kernel only: the first replay, seconds. */
  firstSeconds: number | null;
  failures: number;
  liveRequested: number;
  used: number;
  externalFragmentation: number;
  faults: number;
  init: InitTime[];
}

function opsPerSecond(r: AllocatorResult): number {
  return r.operations / r.seconds;
}

function initCell(r: AllocatorResult, bytes: number): string {
  const t = r.init.find((i) => Math.abs(i.bytes - bytes) <= 65536);
  return t === undefined ? "-" : `${fmt(t.medianUs)} (${fmt(t.firstUs)})`;
}

function stateCells(r: AllocatorResult): string[] {
  return [
    (r.used / r.liveRequested).toFixed(3),
    `${(100 * r.externalFragmentation).toFixed(1)}%`,
    String(r.failures),
  ];
}

// ---- host ------------------------------------------------------------------------------------

interface HostRun {
  traceLine: string;
  checksum: string;
  results: AllocatorResult[];
}

/** replay.ts → C → the driver executable, in build/bench/alloc/host/. */
function buildHostDriver(): string {
  const out = join(benchBuildDir, "alloc", "host");
  mkdirSync(out, { recursive: true });
  progress("compiling bench/alloc/host/replay.ts with yao (host target)");
  const { c } = compileToC(join(here, "host", "replay.ts"), { target: "host", root: repoRoot });
  const cFile = join(out, "replay.c");
  writeFileSync(cFile, c);
  // The driver calls the exports by their C names; their C types come from the generated file.
  const prototypes = c.split("\n").filter((l) => /^[\w *]+\bbench_alloc_host_replay__bench\w*\(.*\);$/.test(l));
  if (prototypes.length === 0) throw new Error(`no bench_alloc_host_replay__bench* functions in ${cFile}`);
  writeFileSync(join(out, "replay-api.h"), ["/* Generated by bench/alloc/run.ts from replay.c. */", ...prototypes, ""].join("\n"));
  // The host runtime, with rt_host.c's main renamed: the driver has its own and calls yao_run.
  const runtime = hostRuntimeObjects().filter((o) => basename(o) !== "rt_host.o");
  const rtHost = join(out, "rt_host.o");
  const gcc = (args: string[]): void => {
    execFileSync("gcc", args, { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"] });
  };
  progress("compiling the driver and the runtime with gcc");
  gcc([...HOST_CFLAGS, "-I", runtimeDir, "-Dmain=yao_rt_host_main", "-c", join(runtimeDir, "rt_host.c"), "-o", rtHost]);
  const driver = join(out, "driver.o");
  const replay = join(out, "replay.o");
  gcc([...HOST_CFLAGS.filter((f) => f !== "-w"), "-Wall", "-I", runtimeDir, "-I", out, "-c", join(here, "host", "driver.c"), "-o", driver]);
  gcc([...HOST_CFLAGS, "-I", runtimeDir, "-c", cFile, "-o", replay]);
  const exe = join(out, "alloc-host");
  gcc([driver, replay, rtHost, ...runtime, "-lm", "-o", exe]);
  return exe;
}

function runHost(o: Options): HostRun {
  const exe = buildHostDriver();
  progress(`replaying ${o.hostOps} operations on the host, best of ${o.runs}`);
  const text = execFileSync(exe, [String(o.hostOps), String(o.runs)], { encoding: "utf8", maxBuffer: 16 << 20, timeout: o.timeoutSeconds * 1000 });
  const byName = new Map<string, AllocatorResult>();
  const entry = (name: string): AllocatorResult => {
    let r = byName.get(name);
    if (r === undefined) {
      r = { name, operations: 0, seconds: 0, firstSeconds: null, failures: 0, liveRequested: 0, used: 0, externalFragmentation: 0, faults: 0, init: [] };
      byName.set(name, r);
    }
    return r;
  };
  let traceLine = "";
  for (const line of text.split("\n")) {
    const f = parseFields(line);
    const num = (key: string): number => numberField(f, key, line);
    if (line.startsWith("trace ")) traceLine = line;
    else if (line.startsWith("init ")) entry(f.name).init.push({ bytes: num("bytes"), medianUs: num("median_us"), firstUs: num("first_us") });
    else if (line.startsWith("state ")) {
      const r = entry(f.name);
      r.failures = num("failures");
      r.liveRequested = num("live_requested");
      r.used = num("used");
      r.externalFragmentation = num("ext_frag");
      r.faults = num("faults");
    } else if (line.startsWith("replay ")) {
      const r = entry(f.name);
      r.operations = num("operations");
      r.seconds = num("best_s");
    }
  }
  const results = ["glibc", ...ALLOCATORS].map((n) => {
    const r = byName.get(n);
    if (r === undefined || r.seconds === 0) throw new Error(`the host driver printed no replay for ${n}:\n${text}`);
    return r;
  });
  return { traceLine, checksum: parseFields(traceLine).checksum ?? "", results };
}

function printHost(run: HostRun, o: Options): void {
  const glibc = run.results[0];
  const rows = run.results.map((r) => [
    r.name,
    fmt(r.operations),
    fmt(opsPerSecond(r)),
    ratio(opsPerSecond(r) / opsPerSecond(glibc)),
    r.name === "glibc" ? "-" : initCell(r, 64 << 20),
    r.name === "glibc" ? "-" : initCell(r, GIB),
    ...stateCells(r),
  ]);
  console.log(`\nAllocators on the host: one process, best of ${o.runs} replays (${run.traceLine})\n`);
  console.log(
    formatTable(["allocator", "operations", "ops/s", "vs glibc", "init 64 MiB us (first)", "init 1 GiB us (first)", "used/req", "ext.frag", "fails"], rows),
  );
  console.log(
    "used/req: bytes no longer free per byte requested by the blocks live at the end (glibc: mallinfo2 in-use bytes, headers included;" +
      "\nregion: everything it ever handed out). ext.frag: 1 - largest free block / free bytes (glibc: largest chunk in its bins or" +
      "\nthe top chunk, from malloc_info and mallinfo2; its thread cache is not seen). init: median of 200 constructions, and the" +
      "\nfirst, on untouched pages. region replays the prefix of the trace that fits in 0.9 GiB (it never reuses memory).",
  );
  const faults = run.results.filter((r) => r.faults > 0);
  if (faults.length > 0) console.log(`FAULTS reported during the replay: ${faults.map((r) => `${r.name} ${r.faults}`).join(", ")}`);
}

// ---- kernel ----------------------------------------------------------------------------------

interface KernelRun {
  mem: string;
  operations: number;
  checksum: string;
  results: AllocatorResult[];
  bootLines: string[];
}

async function runKernel(o: Options): Promise<KernelRun> {
  const results: AllocatorResult[] = [];
  const bootLines: string[] = [];
  let checksum = "";
  for (const name of ALLOCATORS) {
    const elf = join(benchBuildDir, "alloc", `${name}.elf`);
    progress(`building bench/alloc/apps/${name} (alloc=${name})`);
    await buildApp(`bench/alloc/apps/${name}`, `alloc=${name}`, elf);
    progress(`booting it with -m ${o.kernelMem}: ${o.kernelOps} operations`);
    const boot = await bootImage({ elf, mem: o.kernelMem, cmdline: String(o.kernelOps), timeoutMs: o.timeoutSeconds * 1000 });
    if (boot.end !== "exit" || boot.status !== 0) {
      throw new Error(`bench/alloc/apps/${name} failed under QEMU (${boot.end}, status ${boot.status}):\n${boot.output}${boot.stderr}`);
    }
    const r: AllocatorResult = { name, operations: 0, seconds: 0, firstSeconds: null, failures: 0, liveRequested: 0, used: 0, externalFragmentation: 0, faults: 0, init: [] };
    for (const line of boot.output.split("\n")) {
      const f = parseFields(line);
      const num = (key: string): number => numberField(f, key, line);
      if (line.startsWith("yao ")) bootLines.push(line.trim());
      else if (line.startsWith("alloc-bench init ")) r.init.push({ bytes: num("bytes"), medianUs: num("median_ns") / 1000, firstUs: num("first_ns") / 1000 });
      else if (line.startsWith("alloc-bench trace ")) checksum = f.checksum;
      else if (line.startsWith("alloc-bench state ")) {
        r.failures = num("failures");
        r.liveRequested = num("live_requested");
        r.used = num("used");
        r.externalFragmentation = num("ext_frag");
      } else if (line.startsWith("alloc-bench replay ")) {
        r.operations = num("operations");
        r.seconds = num("best_ns") / 1e9;
        r.firstSeconds = num("first_ns") / 1e9;
      } else if (line.startsWith("alloc-bench name=")) r.faults = num("faults");
    }
    if (r.seconds === 0) throw new Error(`bench/alloc/apps/${name} printed no replay:\n${boot.output}`);
    results.push(r);
  }
  return { mem: o.kernelMem, operations: o.kernelOps, checksum, results, bootLines };
}

function printKernel(run: KernelRun): void {
  const tlsf = run.results.find((r) => r.name === "tlsf");
  const rows = run.results.map((r) => [
    r.name,
    fmt(r.operations),
    fmt(opsPerSecond(r)),
    r.firstSeconds === null ? "-" : fmt(r.operations / r.firstSeconds),
    tlsf === undefined ? "-" : ratio(opsPerSecond(r) / opsPerSecond(tlsf)),
    initCell(r, 64 << 20),
    initCell(r, GIB),
    ...stateCells(r),
  ]);
  console.log(
    `\nAllocators in the kernel under QEMU TCG (-m ${run.mem}; emulated time: compare allocators with each other), ` +
      `first ${fmt(run.operations)} operations of the trace (checksum ${run.checksum}), best of 2 replays\n`,
  );
  console.log(
    formatTable(["allocator", "operations", "ops/s", "ops/s first", "vs tlsf", "init 64 MiB us (first)", "init 1 GiB us (first)", "used/req", "ext.frag", "fails"], rows),
  );
  console.log("init: median of 51 constructions over a range of that size (1 GiB less 64 KiB), and the first.");
  const faults = run.results.filter((r) => r.faults > 0);
  if (faults.length > 0) console.log(`FAULTS reported during the replay: ${faults.map((r) => `${r.name} ${r.faults}`).join(", ")}`);
}

// ---- targets ---------------------------------------------------------------------------------

function targets(host: HostRun | null, kernel: KernelRun | null): string[] {
  const lines: string[] = [];
  const verdict = (ok: boolean): string => (ok ? "met" : "MISSED");
  if (host !== null) {
    const glibc = host.results[0];
    const tlsf = host.results.find((r) => r.name === "tlsf")!;
    const q = opsPerSecond(tlsf) / opsPerSecond(glibc);
    lines.push(`tlsf throughput / glibc's on the host: ${q.toFixed(2)} (target >= ${TLSF_TARGET}): ${verdict(q >= TLSF_TARGET)}`);
  }
  for (const [where, run] of [["host", host?.results], ["kernel (TCG)", kernel?.results]] as const) {
    if (run === undefined) continue;
    const cells = run.filter((r) => r.name !== "glibc").map((r) => {
      const t = r.init.find((i) => Math.abs(i.bytes - GIB) <= 65536);
      return { name: r.name, us: t?.medianUs ?? NaN, first: t?.firstUs ?? NaN };
    });
    const ok = cells.every((c) => c.us < INIT_TARGET_US && c.first < INIT_TARGET_US);
    lines.push(
      `construction over 1 GiB, ${where}: ${cells.map((c) => `${c.name} ${fmt(c.us)} us (first ${fmt(c.first)})`).join(", ")}` +
        ` (target < ${INIT_TARGET_US} us): ${verdict(ok)}`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const meta = machineMeta();
  const host = o.parts.has("host") ? runHost(o) : null;
  const kernel = o.parts.has("kernel") ? await runKernel(o) : null;
  if (host !== null) printHost(host, o);
  if (kernel !== null) printKernel(kernel);
  if (host !== null && kernel !== null && kernel.checksum !== "" && host.checksum !== "") {
    console.log(`Trace checksums: host ${host.checksum} (${fmt(o.hostOps)} operations), kernel ${Number(kernel.checksum).toString(16)} (first ${fmt(kernel.operations)}).`);
  }
  console.log("\nTargets (issue 6):");
  for (const line of targets(host, kernel)) console.log(`  ${line}`);
  const file = writeResults("alloc", { meta, options: { ...o, parts: [...o.parts] }, host, kernel, targets: targets(host, kernel) });
  console.log(`Results written to ${file}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

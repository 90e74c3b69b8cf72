// The scheduler benchmark: thread switch, ping-pong, thread creation and interrupt latency inside
// yao under QEMU (TCG), next to Linux threads on this host measured in the same run.
//   npx tsx bench/sched/run.ts [--boots N]
// Builds bench/sched/app once per scheduler (coop, preempt), boots each N times (default 3) and
// keeps the best (lowest) value of each figure; compiles pthread_pingpong.c with gcc -O2 and runs
// it N times likewise. yao's figures are TSC cycles of the emulated machine: QEMU's TCG derives
// the guest TSC from host time, so they say how long the emulated work took on this host, not
// what a real CPU would need. Linux's are this host's TSC cycles.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../../tools/build/image";
import { bootImage } from "../../tools/qemu/run";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const out = path.join(root, "build", "bench", "sched");

type Figures = Map<string, number>;

function parse(text: string): Figures {
  const figures: Figures = new Map();
  for (const line of text.split("\n")) {
    const m = /^bench (\S+) ([-\d.]+) /.exec(line);
    if (m) figures.set(m[1], Number(m[2]));
  }
  return figures;
}

/** The lowest value of each figure over several runs (the least disturbed by the host). */
function best(runs: Figures[]): Figures {
  const merged: Figures = new Map();
  for (const run of runs) for (const [k, v] of run) merged.set(k, merged.has(k) ? Math.min(merged.get(k)!, v) : v);
  return merged;
}

async function yaoFigures(sched: string, boots: number): Promise<Figures> {
  const image = await buildApp(path.join("bench", "sched", "app"), `sched=${sched}`, path.join(out, `sched-${sched}.elf`));
  const runs: Figures[] = [];
  for (let i = 0; i < boots; i++) {
    const r = await bootImage({ elf: image.elf, cmdline: "quiet", timeoutMs: 300000 });
    if (r.status !== 0) throw new Error(`bench app (${sched}) exited with ${r.status}:\n${r.output}`);
    runs.push(parse(r.output));
  }
  return best(runs);
}

function linuxFigures(runs: number): Figures {
  fs.mkdirSync(out, { recursive: true });
  const exe = path.join(out, "pthread_pingpong");
  execFileSync("gcc", ["-O2", "-pthread", "-o", exe, path.join(here, "pthread_pingpong.c")]);
  const results: Figures[] = [];
  for (let i = 0; i < runs; i++) results.push(parse(execFileSync(exe).toString()));
  return best(results);
}

function cell(f: Figures, key: string, mhz: number): string {
  const v = f.get(key);
  if (v === undefined) return "-";
  return `${Math.round(v).toLocaleString("en")} (${(v / mhz).toFixed(2)} us)`;
}

function ns(f: Figures, key: string): string {
  const v = f.get(key);
  return v === undefined ? "-" : `${(v / 1000).toFixed(1)} us`;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--boots");
  const boots = at > 0 ? Number(process.argv[at + 1]) : 3;
  const coop = await yaoFigures("coop", boots);
  const preempt = await yaoFigures("preempt", boots);
  const linux = linuxFigures(boots);
  const gm = coop.get("tsc_mhz") ?? 1;
  const pm = preempt.get("tsc_mhz") ?? 1;
  const lm = linux.get("tsc_mhz") ?? 1;
  const rows: [string, string, string, string][] = [
    ["thread switch (yield between 2 threads, 1 CPU)", cell(coop, "switch_yield_cycles", gm), cell(preempt, "switch_yield_cycles", pm), cell(linux, "switch_yield_cycles", lm)],
    ["ping-pong round trip (yao: semaphores; Linux: futex, both threads on 1 CPU)", cell(coop, "pingpong_semaphore_cycles", gm), cell(preempt, "pingpong_semaphore_cycles", pm), cell(linux, "pingpong_futex_onecpu_cycles", lm)],
    ["ping-pong round trip, Linux futex across 2 CPUs", "-", "-", cell(linux, "pingpong_futex_twocpu_cycles", lm)],
    ["thread create + run + exit + join (yao: 16 KiB stack + guard page)", cell(coop, "create_join_cycles", gm), cell(preempt, "create_join_cycles", pm), cell(linux, "create_join_cycles", lm)],
    ["spawn call alone (yao; preempt runs the new thread to its first wait)", cell(coop, "spawn_cycles", gm), cell(preempt, "spawn_cycles", pm), "-"],
    ["one small object from the compiled runtime's heap (yao)", cell(coop, "object_allocation_cycles", gm), cell(preempt, "object_allocation_cycles", pm), "-"],
  ];
  const latency: [string, string, string][] = [
    ["timer IRQ edge -> TypeScript timer callback, median", ns(coop, "irq_to_callback_median_ns"), ns(preempt, "irq_to_callback_median_ns")],
    ["timer IRQ edge -> TypeScript timer callback, 99th percentile", ns(coop, "irq_to_callback_p99_ns"), ns(preempt, "irq_to_callback_p99_ns")],
    ["sleeping thread runs after its deadline, median (1 ms tick)", ns(coop, "sleep_late_median_ns"), ns(preempt, "sleep_late_median_ns")],
    ["sleeping thread runs after its deadline, 99th percentile", ns(coop, "sleep_late_p99_ns"), ns(preempt, "sleep_late_p99_ns")],
  ];
  const width = Math.max(...rows.map((r) => r[0].length), ...latency.map((r) => r[0].length));
  const line = (cols: string[], widths: number[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`scheduler benchmark: best of ${boots}; yao under QEMU ${qemuVersion()} TCG (emulated TSC cycles, guest-calibrated ${Math.round(gm)} MHz), Linux on this host (${Math.round(lm)} MHz TSC)\n`);
  const w = [width, 24, 24, 24];
  console.log(line(["cycles (time)", "yao coop", "yao preempt", "Linux pthread"], w));
  for (const r of rows) console.log(line(r, w));
  console.log("");
  console.log(line(["latency", "yao coop", "yao preempt"], [width, 24, 24]));
  for (const r of latency) console.log(line(r, [width, 24, 24]));
  console.log(`\nyao spawned and ran ${coop.get("spawned_and_ran")} threads per boot; the tick handler ran ${coop.get("ticks_taken")} times (coop).`);
  fs.writeFileSync(path.join(root, "build", "bench", "sched.json"), JSON.stringify({ coop: Object.fromEntries(coop), preempt: Object.fromEntries(preempt), linux: Object.fromEntries(linux) }, null, 2));
}

function qemuVersion(): string {
  const m = /version (\S+)/.exec(execFileSync("qemu-system-x86_64", ["--version"]).toString());
  return m ? m[1] : "?";
}

await main();

// The boot benchmark of issue 4 (`make bench`, or `npx tsx bench/boot/run.ts`): the hello image's
// size (unstripped and stripped with `strip -o`), its boot time to main as the banner reports it
// (TSC, median of --boots boots), the whole QEMU process's wall time (median of the same boots)
// and the smallest -m with which it still prints its line and exits 0 (a bisection in QEMU's
// 8 KiB steps), all under QEMU TCG, printed beside Unikraft 0.17's figures from issue 4 as
// ratios. Then a breakdown of the boot from bench/boot/apps/bootparts (see its main.ts). Writes
// build/bench/boot.json. See bench/README.md.

import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildApp } from "../../tools/build/image";
import { BootResult, bootImage } from "../../tools/qemu/run";
import {
  benchBuildDir,
  fmt,
  formatTable,
  machineMeta,
  median,
  numberField,
  parseFields,
  progress,
  ratio,
  repoRoot,
  writeResults,
} from "../common/report";

/** Unikraft 0.17 helloworld, built from source on these machines (issue 4), TCG, -m 8. */
const UNIKRAFT = {
  strippedBytes: 238_000, // "238 KB", read as 1000-byte kilobytes
  strippedOsBytes: 172_000, // -Os with unused-code removal
  wallSeconds: 0.215,
  minRamKiB: 1612,
};

const KIB = 1024;
/** QEMU 7.2 rounds -m up to a multiple of 8 KiB (softmmu/vl.c, set_memory_options). */
const QEMU_RAM_STEP_KIB = 8;

interface Options {
  boots: number;
  minRam: boolean;
  breakdownBoots: number;
}

const USAGE = `usage: npx tsx bench/boot/run.ts [--boots N] [--breakdown-boots N] [--no-min-ram]`;

function parseArgs(argv: string[]): Options {
  const o: Options = { boots: 20, minRam: true, breakdownBoots: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const count = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} wants a positive integer\n${USAGE}`);
      return n;
    };
    if (a === "--boots") o.boots = count();
    else if (a === "--breakdown-boots") o.breakdownBoots = count();
    else if (a === "--no-min-ram") o.minRam = false;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return o;
}

// ---- image size --------------------------------------------------------------------------------

interface ImageSize {
  elf: string;
  unstrippedBytes: number;
  strippedBytes: number;
  /** Bytes the loader places in memory: .text, .rodata, .data, and .bss, which the file does not hold. */
  sections: Record<string, number>;
}

function measureSize(elf: string): ImageSize {
  const stripped = elf.replace(/\.elf$/, ".stripped.elf");
  execFileSync("strip", ["-o", stripped, elf]);
  const sections: Record<string, number> = {};
  const table = execFileSync("size", ["-A", elf], { encoding: "utf8" });
  for (const m of table.matchAll(/^\.(text|rodata|data|bss)\s+(\d+)/gm)) sections[m[1]] = Number(m[2]);
  return { elf: relative(repoRoot, elf), unstrippedBytes: statSync(elf).size, strippedBytes: statSync(stripped).size, sections };
}

// ---- boots -------------------------------------------------------------------------------------

interface BootSample {
  mainMicros: number;
  wallMs: number;
}

const BANNER = /main at (\d+) us/;

function succeeded(r: BootResult): boolean {
  return r.end === "exit" && r.status === 0 && r.output.includes("Hello from yao!");
}

async function bootHello(elf: string, mem: string, timeoutMs = 10_000): Promise<BootResult> {
  return bootImage({ elf, mem, timeoutMs });
}

/** Boots hello `count` times, one after another, and keeps the banner's time and the wall time. */
async function bootSamples(elf: string, mem: string, count: number): Promise<BootSample[]> {
  const samples: BootSample[] = [];
  for (let i = 0; i < count; i++) {
    const r = await bootHello(elf, mem);
    const banner = BANNER.exec(r.output);
    if (!succeeded(r) || banner === null) throw new Error(`hello did not boot with -m ${mem}: ${describe(r)}`);
    samples.push({ mainMicros: Number(banner[1]), wallMs: r.wallMs });
  }
  return samples;
}

function describe(r: BootResult): string {
  return `${r.end}, status ${r.status}, output ${JSON.stringify(r.output.slice(0, 300))}${r.stderr ? `, stderr ${JSON.stringify(r.stderr.slice(0, 300))}` : ""}`;
}

interface MinRam {
  kib: number;
  usableLine: string;
  failsAtKib: number;
  qemuNote: string;
  boots: number;
}

/**
 * The smallest -m (in QEMU's 8 KiB steps) with which hello prints its line and exits 0: a
 * bisection between a size that fails and one that works, assuming that more RAM never hurts.
 */
async function findMinRam(elf: string): Promise<MinRam> {
  let boots = 0;
  const works = async (kib: number): Promise<BootResult | null> => {
    boots++;
    const r = await bootHello(elf, `${kib}k`, 3000);
    return succeeded(r) ? r : null;
  };
  let low = 512; // KiB: below the 640 KiB of conventional memory a PC firmware expects
  let high = 8 * 1024;
  if ((await works(high)) === null) throw new Error("hello does not run with -m 8M: no upper bound for the search");
  if ((await works(low)) !== null) throw new Error(`hello runs with -m ${low}k: the search needs a lower bound that fails`);
  while (high - low > QEMU_RAM_STEP_KIB) {
    const mid = Math.floor((low + high) / 2 / QEMU_RAM_STEP_KIB) * QEMU_RAM_STEP_KIB;
    if ((await works(mid)) !== null) high = mid;
    else low = mid;
  }
  const at = await works(high);
  const banner = at === null ? "" : (at.output.split("\n").find((l) => BANNER.test(l)) ?? "");
  return {
    kib: high,
    usableLine: banner.trim(),
    failsAtKib: low,
    qemuNote: "QEMU 7.2 accepts these sizes for -machine pc (it rounds -m up to 8 KiB and sets no minimum); the limit is yao's",
    boots,
  };
}

// ---- breakdown ---------------------------------------------------------------------------------

interface Breakdown {
  boots: number;
  ticksPerMicrosecond: number;
  /** Median microseconds per part, in boot order. */
  parts: { name: string; micros: number; note: string }[];
  calibrationWindowsUs: number[];
}

const PART_LABELS: Record<string, string> = {
  "before-kmain": "first instruction -> runtime reaches the app's module (boot.S, long mode, C start, module init)",
  kmain: "kmain, first step -> app's main (cold: includes TCG's first translation of every step)",
  "console-init": "  repeat: console init (16550)",
  multiboot: "  repeat: multiboot info and usable memory map",
  calibration: "  repeat: TSC calibration against the PIT",
  rtc: "  repeat: CMOS RTC read (wall clock)",
  "allocator-warmup": "  (not a boot step: tlsf over 1 MiB after a 64 MiB allocation, with the collection it sets off)",
  "allocator-init": "  repeat: tlsf construction over 64 MiB",
  banner: "  repeat: banner (format and write)",
};

async function breakdown(count: number): Promise<Breakdown> {
  const elf = join(benchBuildDir, "boot", "bootparts.elf");
  progress("building bench/boot/apps/bootparts");
  await buildApp("bench/boot/apps/bootparts", "", elf);
  const ticks = new Map<string, number[]>();
  const rates: number[] = [];
  const windows: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await bootImage({ elf, mem: "128M", timeoutMs: 10_000 });
    if (r.end !== "exit" || r.status !== 0) throw new Error(`bootparts failed: ${describe(r)}`);
    for (const line of r.output.split("\n")) {
      const f = parseFields(line);
      if (line.startsWith("boot-part ")) {
        const list = ticks.get(f.name) ?? [];
        list.push(numberField(f, "ticks", line));
        ticks.set(f.name, list);
        if (f.name === "calibration") windows.push(numberField(f, "window_us", line));
      } else if (line.startsWith("boot-rate ")) rates.push(numberField(f, "ticks_per_us", line));
    }
  }
  const rate = median(rates);
  const parts = [...ticks.entries()].map(([name, list]) => ({
    name,
    micros: median(list) / rate,
    note: PART_LABELS[name] ?? name,
  }));
  return { boots: count, ticksPerMicrosecond: rate, parts, calibrationWindowsUs: windows };
}

// ---- report ------------------------------------------------------------------------------------

function sampleSummary(samples: BootSample[]): { mainMedianUs: number; wallMedianMs: number; mainUs: number[]; wallMs: number[] } {
  return {
    mainMedianUs: median(samples.map((s) => s.mainMicros)),
    wallMedianMs: median(samples.map((s) => s.wallMs)),
    mainUs: samples.map((s) => s.mainMicros),
    wallMs: samples.map((s) => Math.round(s.wallMs * 10) / 10),
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const meta = machineMeta();
  const elf = join(benchBuildDir, "boot", "hello.elf");
  progress("building apps/hello");
  const built = await buildApp("apps/hello", "", elf);
  const size = measureSize(elf);

  const runs: Record<string, ReturnType<typeof sampleSummary>> = {};
  for (const mem of ["8M", "128M"]) {
    progress(`booting hello ${o.boots} times with -m ${mem}`);
    runs[mem] = sampleSummary(await bootSamples(elf, mem, o.boots));
  }
  let minRam: MinRam | null = null;
  if (o.minRam) {
    progress("searching the smallest -m");
    minRam = await findMinRam(elf);
  }
  const parts = await breakdown(o.breakdownBoots);

  const small = runs["8M"];
  const rows: string[][] = [
    ["image, unstripped (bytes)", fmt(size.unstrippedBytes), "-", "-"],
    [
      "image, stripped (bytes)",
      fmt(size.strippedBytes),
      `${fmt(UNIKRAFT.strippedBytes)} (-Os: ${fmt(UNIKRAFT.strippedOsBytes)})`,
      `${ratio(size.strippedBytes / UNIKRAFT.strippedBytes)} (${ratio(size.strippedBytes / UNIKRAFT.strippedOsBytes)})`,
    ],
    [`boot to main, -m 8M (us, median of ${o.boots})`, fmt(small.mainMedianUs), "-", "-"],
    [
      `whole QEMU process, -m 8M (s, median of ${o.boots})`,
      (small.wallMedianMs / 1000).toFixed(3),
      UNIKRAFT.wallSeconds.toFixed(3),
      ratio(small.wallMedianMs / 1000 / UNIKRAFT.wallSeconds),
    ],
    [`boot to main, -m 128M (us, median of ${o.boots})`, fmt(runs["128M"].mainMedianUs), "-", "-"],
    [`whole QEMU process, -m 128M (s, median of ${o.boots})`, (runs["128M"].wallMedianMs / 1000).toFixed(3), "-", "-"],
    minRam === null
      ? ["smallest -m (KiB)", "skipped", fmt(UNIKRAFT.minRamKiB), "-"]
      : ["smallest -m (KiB)", fmt(minRam.kib), fmt(UNIKRAFT.minRamKiB), ratio(minRam.kib / UNIKRAFT.minRamKiB)],
  ];
  console.log(`\nBoot benchmark: apps/hello [${built.selection}], QEMU TCG (${meta.qemu}), ${meta.cpu}, load ${meta.loadAverage1m}\n`);
  console.log(formatTable(["", "yao", "Unikraft 0.17", "yao/Unikraft"], rows));
  const s = size.sections;
  console.log(
    `\nLoaded image: .text ${fmt(s.text ?? 0)} + .rodata ${fmt(s.rodata ?? 0)} + .data ${fmt(s.data ?? 0)} bytes in the file, ` +
      `.bss ${fmt(s.bss ?? 0)} bytes zeroed at boot.`,
  );
  if (minRam !== null) {
    console.log(
      `Smallest -m: ${minRam.kib} KiB runs (${minRam.usableLine || "no banner"}); ${minRam.failsAtKib} KiB does not. ${minRam.qemuNote}.`,
    );
  }
  console.log(
    `QEMU outside the guest (start-up, firmware, loading, exit), -m 8M: about ${fmt(small.wallMedianMs - small.mainMedianUs / 1000)} ms ` +
      `(median wall time minus median boot time).`,
  );
  console.log(`\nWhere the boot time goes (bench/boot/apps/bootparts, -m 128M, median of ${parts.boots} boots, us):\n`);
  const partRows = parts.parts.map((p) => [p.note, fmt(p.micros)]);
  const kmain = parts.parts.find((p) => p.name === "kmain");
  if (kmain !== undefined) {
    const repeated = parts.parts.filter((p) => PART_LABELS[p.name]?.startsWith("  repeat:")).reduce((sum, p) => sum + p.micros, 0);
    partRows.push(["kmain less the repeats (first-run translation, calibration retries, steps not repeated)", fmt(kmain.micros - repeated)]);
  }
  console.log(formatTable(["part", "us"], partRows));
  console.log(
    `The repeats run warm (code already translated by TCG, pages touched); the boot's own run of the same steps is the cold "kmain" line.` +
      `\nCalibration windows in the repeats: ${parts.calibrationWindowsUs.join(", ")} us.`,
  );
  const file = writeResults("boot", { meta, unikraft: UNIKRAFT, selection: built.selection, size, runs, minRam, breakdown: parts });
  console.log(`Results written to ${file}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// `make bench` (or `npx tsx bench/run.ts`): runs every benchmark part, one after another, each
// printing its own table and writing build/bench/<part>.json: bench/compiler/run.ts (issues 2
// and 3), bench/boot/run.ts (issue 4), bench/alloc/run.ts (issue 6), then any other
// bench/<part>/run.ts that exists (e.g. bench/sched), in name order. A part that fails is
// reported at the end and makes the exit status 1; the others still run. Each part runs as its
// own process (npx tsx), so a part can be run alone the same way. See bench/README.md.
//
//   npx tsx bench/run.ts                      every part, default settings
//   npx tsx bench/run.ts --only boot,alloc    some parts
//   npx tsx bench/run.ts --list               the parts found
//   npx tsx bench/run.ts --quick              fewer repetitions everywhere (a smoke run, not figures)

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, "..");
/** These run first, in this order; any other bench/<part>/run.ts follows by name. */
const FIRST = ["compiler", "boot", "alloc"];

/** Arguments a part gets with --quick. A part not listed here runs with its defaults. */
const QUICK_ARGS: Record<string, string[]> = {
  compiler: ["--runs", "1", "--no-porffor"],
  boot: ["--boots", "5", "--breakdown-boots", "2"],
  alloc: ["--ops", "500000", "--runs", "1", "--kernel-ops", "50000"],
  sched: ["--boots", "1"],
};

const USAGE = "usage: npx tsx bench/run.ts [--only part[,part...]] [--list] [--quick]";

function discoverParts(): string[] {
  const found = readdirSync(benchDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, "run.ts")))
    .map((d) => d.name);
  const others = found.filter((p) => !FIRST.includes(p)).sort();
  return [...FIRST.filter((p) => found.includes(p)), ...others];
}

function main(): number {
  const args = process.argv.slice(2);
  const parts = discoverParts();
  let selected = parts;
  let quick = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--list") {
      console.log(parts.join("\n"));
      return 0;
    } else if (a === "--quick") quick = true;
    else if (a === "--only") {
      const wanted = (args[++i] ?? "").split(",").filter((s) => s !== "");
      const unknown = wanted.filter((w) => !parts.includes(w));
      if (wanted.length === 0 || unknown.length > 0) {
        console.error(`bench/run.ts: unknown part ${unknown.join(", ") || "(none given)"}; parts: ${parts.join(", ")}`);
        return 2;
      }
      selected = parts.filter((p) => wanted.includes(p));
    } else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`bench/run.ts: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }

  const summary: string[] = [];
  let failed = false;
  for (const part of selected) {
    const partArgs = quick ? (QUICK_ARGS[part] ?? []) : [];
    console.log(`\n=== bench/${part} ${partArgs.join(" ")}`.trimEnd());
    const started = performance.now();
    const r = spawnSync("npx", ["tsx", join("bench", part, "run.ts"), ...partArgs], { cwd: root, stdio: "inherit" });
    const seconds = (performance.now() - started) / 1000;
    const ok = r.status === 0;
    failed ||= !ok;
    summary.push(`${part.padEnd(10)} ${ok ? "ok    " : `FAILED (${r.error?.message ?? `exit status ${r.status ?? r.signal}`})`} ${seconds.toFixed(0)} s`);
  }
  console.log(`\n=== summary\n${summary.join("\n")}`);
  return failed ? 1 : 0;
}

process.exitCode = main();

// Running one child process with a wall-clock timer, for bench/compiler/run.ts and its builders.
// Wall time of the whole process is what the benchmark reports, start-up included, so that a
// compiled executable, a gcc binary and `node file.mjs` are measured the same way.

import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

export interface Finished {
  // Whole-process wall time in seconds.
  seconds: number;
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  // Set when the program could not be started at all (ENOENT and the like).
  spawnError: string | null;
}

const OUTPUT_LIMIT = 256 * 1024 * 1024;

export function runTimed(command: string, args: string[], cwd: string, timeoutSeconds: number): Finished {
  const start = performance.now();
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: OUTPUT_LIMIT,
    timeout: timeoutSeconds * 1000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = (performance.now() - start) / 1000;
  const error = r.error as NodeJS.ErrnoException | undefined;
  const timedOut = error?.code === "ETIMEDOUT";
  return {
    seconds,
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    timedOut,
    spawnError: error && !timedOut ? error.message : null,
  };
}

// porffor colours numbers in console.log output even on a pipe (shared/FACTS.md).
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
}

// The first line that says something, for one-line failure reports.
export function firstLine(text: string): string {
  const line = stripAnsi(text)
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line ?? "(no output)";
}

// One line describing how a process failed, or null when it exited with status 0.
export function failureOf(f: Finished): string | null {
  if (f.spawnError !== null) return `could not start: ${f.spawnError}`;
  if (f.timedOut) return `timed out after ${f.seconds.toFixed(0)} s`;
  if (f.signal !== null) return `killed by ${f.signal}`;
  if (f.status !== 0) return `exit status ${f.status}: ${firstLine(f.stderr + "\n" + f.stdout)}`;
  return null;
}

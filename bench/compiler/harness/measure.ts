// Timing a built benchmark executable and checking its output against Node's, for
// bench/compiler/run.ts. Each run is a whole process; the best wall time of N runs is kept. An
// implementation whose output differs from Node's by a single byte keeps its times but is marked
// wrong, and its ratios are left out of the geometric means.

import { Built, ImplName } from "./implementations";
import { Finished, failureOf, runTimed, stripAnsi } from "./process";

export type Verdict = "ok" | "wrong-output" | "failed" | "not-built";

export interface Measured {
  impl: ImplName;
  verdict: Verdict;
  // Wall seconds of each completed run.
  times: number[];
  best: number | null;
  // Why the verdict is not "ok", in one line; empty when it is.
  detail: string;
  compileSeconds: number | null;
  // Standard output of the first run (ANSI codes stripped for porffor); null if none completed.
  output: string | null;
}

export interface MeasureOptions {
  runs: number;
  cwd: string;
  timeoutSeconds: number;
}

// Where two outputs first differ, quoted briefly.
export function describeMismatch(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const quote = (s: string | undefined): string => (s === undefined ? "end of output" : JSON.stringify(s.slice(0, 100)));
      return `line ${i + 1}: Node printed ${quote(e[i])}, this printed ${quote(a[i])}`;
    }
  }
  return "outputs differ";
}

function outputOf(f: Finished, strip: boolean): string {
  return strip ? stripAnsi(f.stdout) : f.stdout;
}

// Runs b opts.runs times. reference is Node's output, or null when b is Node itself (its own first
// run then becomes the output every later run must repeat).
export function measure(b: Built, reference: string | null, opts: MeasureOptions): Measured {
  const result: Measured = {
    impl: b.impl,
    verdict: "ok",
    times: [],
    best: null,
    detail: "",
    compileSeconds: b.compileSeconds,
    output: null,
  };
  if (b.run === null) return { ...result, verdict: "not-built", detail: b.reason };
  let expected = reference;
  for (let i = 0; i < opts.runs; i++) {
    const f = runTimed(b.run.command, b.run.args, opts.cwd, opts.timeoutSeconds);
    const why = failureOf(f);
    if (why !== null) return { ...result, verdict: "failed", detail: why };
    result.times.push(f.seconds);
    const out = outputOf(f, b.run.stripAnsi);
    if (expected === null) expected = out;
    if (result.output === null) result.output = out;
    if (out !== expected && result.verdict === "ok") {
      result.verdict = "wrong-output";
      result.detail = describeMismatch(expected, out);
    }
  }
  result.best = Math.min(...result.times);
  return result;
}

// Tests of timing and output checking with tiny shell commands standing in for benchmarks.
import { describe, expect, it } from "vitest";
import { Built } from "./implementations";
import { describeMismatch, measure } from "./measure";

const opts = { runs: 2, cwd: ".", timeoutSeconds: 10 };

function sh(script: string, stripAnsi = false): Built {
  return { impl: "porffor", run: { command: "sh", args: ["-c", script], stripAnsi }, reason: "", compileSeconds: 1 };
}

describe("measure", () => {
  it("keeps the best time of matching runs", () => {
    const r = measure(sh("echo 42"), "42\n", opts);
    expect(r.verdict).toBe("ok");
    expect(r.times).toHaveLength(2);
    expect(r.best).toBe(Math.min(...r.times));
  });

  it("flags a different output but keeps its time", () => {
    const r = measure(sh("echo 41"), "42\n", opts);
    expect(r.verdict).toBe("wrong-output");
    expect(r.best).not.toBeNull();
    expect(r.detail).toContain('line 1: Node printed "42"');
  });

  it("strips ANSI colours when asked to", () => {
    expect(measure(sh("printf '\\033[33m42\\033[39m\\n'", true), "42\n", opts).verdict).toBe("ok");
  });

  it("reports crashes and exit statuses", () => {
    expect(measure(sh("kill -SEGV $$"), "42\n", opts).detail).toBe("killed by SIGSEGV");
    expect(measure(sh("echo boom >&2; exit 3"), "42\n", opts).detail).toBe("exit status 3: boom");
  });

  it("passes on why a build failed", () => {
    const notBuilt: Built = { impl: "yao", run: null, reason: "compile failed: x", compileSeconds: null };
    expect(measure(notBuilt, "42\n", opts)).toMatchObject({ verdict: "not-built", detail: "compile failed: x" });
  });

  it("says where outputs first differ", () => {
    expect(describeMismatch("a\nb\n", "a\nc\n")).toBe('line 2: Node printed "b", this printed "c"');
    expect(describeMismatch("a\nb\n", "a\n")).toBe('line 2: Node printed "b", this printed ""');
  });
});

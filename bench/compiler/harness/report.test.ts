// Tests of the benchmark report: ratios, geometric means, flagged cells and grouped notes.
import { describe, expect, it } from "vitest";
import { ImplName } from "./implementations";
import { Measured, Verdict } from "./measure";
import { ProgramResult, formatNotes, geometricMean, geometricMeans, ratioOf, timeCell } from "./report";

function m(impl: ImplName, verdict: Verdict, best: number | null, detail = ""): Measured {
  return { impl, verdict, best, times: best === null ? [] : [best], detail, compileSeconds: null, output: null };
}

function program(name: string, yao: Measured, c: Measured, node: Measured, porffor: Measured): ProgramResult {
  return { name, issue: 2, sourceBytes: 100, results: { yao, c, node, porffor } };
}

describe("report", () => {
  it("takes the geometric mean", () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4);
    expect(geometricMean([])).toBeNull();
  });

  it("shows a wrong output's ratio but does not trust it", () => {
    expect(ratioOf(m("yao", "wrong-output", 2), m("c", "ok", 1))).toEqual({ value: 2, trusted: false });
    expect(ratioOf(m("yao", "ok", 3), m("c", "ok", 1.5))).toEqual({ value: 2, trusted: true });
    expect(ratioOf(m("yao", "not-built", null), m("c", "ok", 1)).value).toBeNull();
  });

  it("averages only trusted ratios and counts them", () => {
    const ok = program("a", m("yao", "ok", 2), m("c", "ok", 1), m("node", "ok", 4), m("porffor", "failed", null));
    const wrong = program("b", m("yao", "wrong-output", 9), m("c", "ok", 1), m("node", "ok", 8), m("porffor", "ok", 8));
    const yaoC = geometricMeans([ok, wrong]).find((g) => g.label === "yao/C");
    expect(yaoC).toEqual({ label: "yao/C", value: 2, count: 1, of: 2 });
  });

  it("labels cells by what went wrong", () => {
    expect(timeCell(m("yao", "ok", 1.23456))).toBe("1.235");
    expect(timeCell(m("porffor", "wrong-output", 0.5))).toBe("0.500 WRONG OUTPUT");
    expect(timeCell(m("porffor", "failed", null, "killed by SIGSEGV"))).toBe("crashed (SIGSEGV)");
    expect(timeCell(m("yao", "not-built", null, "compile failed: YAO1203 no"))).toBe("compile failed");
    expect(timeCell(m("yao", "not-built", null, "not available (missing)"))).toBe("n/a");
  });

  it("groups identical failures into one note", () => {
    const fail = (): Measured => m("yao", "not-built", null, "compile failed: not yet");
    const ok = (impl: ImplName): Measured => m(impl, "ok", 1);
    const notes = formatNotes([
      program("a", fail(), ok("c"), ok("node"), ok("porffor")),
      program("b", fail(), ok("c"), ok("node"), ok("porffor")),
    ]);
    expect(notes).toEqual(["  yao: compile failed: not yet  [a, b]"]);
  });
});

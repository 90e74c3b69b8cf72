import { describe, expect, test } from "vitest";
import { fmt, formatTable, median, numberField, parseFields, ratio } from "./report";

describe("bench report helpers", () => {
  test("median of odd and even counts, input left unsorted", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/empty/);
  });

  test("tables align the first column left and the others right", () => {
    const text = formatTable(["name", "value"], [["a", "1"], ["long", "12345"]]);
    expect(text.split("\n")).toEqual(["name  value", "----  -----", "a         1", "long  12345"]);
  });

  test("numbers keep three significant figures and get separators when large", () => {
    expect(fmt(1234567)).toBe("1,234,567");
    expect(fmt(12.3456)).toBe("12.3");
    expect(fmt(0.012345)).toBe("0.0123");
    expect(ratio(0.8)).toBe("0.80x");
  });

  test("key=value fields of an output line", () => {
    const line = "replay name=tlsf operations=2000 best_s=0.5";
    const f = parseFields(line);
    expect(f.name).toBe("tlsf");
    expect(numberField(f, "best_s", line)).toBe(0.5);
    expect(() => numberField(f, "missing", line)).toThrow(/missing/);
  });
});

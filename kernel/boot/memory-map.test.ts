import { describe, expect, test } from "vitest";
import { MemoryMap } from "./memory-map";

const dump = (map: MemoryMap) => map.ranges().map((r) => [r.base, r.end()]);

function mapOf(...pairs: [number, number][]): MemoryMap {
  const map = new MemoryMap();
  for (const [start, end] of pairs) map.add(start, end - start);
  return map;
}

describe("MemoryMap", () => {
  test("add keeps ranges sorted and merges overlaps and neighbours", () => {
    expect(dump(mapOf([100, 200], [0, 50]))).toEqual([[0, 50], [100, 200]]);
    expect(dump(mapOf([100, 200], [150, 300]))).toEqual([[100, 300]]);
    expect(dump(mapOf([100, 200], [200, 250]))).toEqual([[100, 250]]);
    expect(dump(mapOf([0, 10], [20, 30], [40, 50], [5, 45]))).toEqual([[0, 50]]);
    expect(dump(mapOf([0, 10], [40, 50], [20, 30]))).toEqual([[0, 10], [20, 30], [40, 50]]);
    expect(dump(mapOf([0, 10], [20, 20]))).toEqual([[0, 10]]);
  });

  test("remove trims, splits and drops", () => {
    const map = mapOf([0, 100], [200, 300]);
    map.remove(50, 10);
    expect(dump(map)).toEqual([[0, 50], [60, 100], [200, 300]]);
    map.remove(90, 120);
    expect(dump(map)).toEqual([[0, 50], [60, 90], [210, 300]]);
    map.remove(0, 1000);
    expect(dump(map)).toEqual([]);
  });

  test("removeFrom cuts everything above a limit", () => {
    const map = mapOf([0, 100], [200, 300]);
    map.removeFrom(250);
    expect(dump(map)).toEqual([[0, 100], [200, 250]]);
    map.removeFrom(1000);
    expect(dump(map)).toEqual([[0, 100], [200, 250]]);
  });

  test("alignToPages keeps whole pages only", () => {
    const map = mapOf([0x500, 0x9fc00], [0x100000, 0x100fff], [0x200001, 0x300000]);
    map.alignToPages();
    expect(dump(map)).toEqual([[0x1000, 0x9f000], [0x201000, 0x300000]]);
  });

  test("totals and the largest range", () => {
    const map = mapOf([0, 100], [200, 500], [600, 900]);
    expect(map.totalBytes()).toBe(700);
    expect(map.largest()!.base).toBe(200);
    expect(new MemoryMap().largest()).toBe(null);
  });
});

// What only the region allocator does (the shared behaviour is in ../allocator.suite.ts): it never
// reuses memory, grows the last block in place, and tells gaps and freed blocks apart exactly.

import { expect, test } from "vitest";
import { AllocFault, FaultReporter } from "../allocator";
import { createRegionAllocator } from "./region";

const BASE = 0x100000;

function region(faults: AllocFault[] = []) {
  const memory = new Uint8Array(1 << 20);
  const report: FaultReporter = (fault) => faults.push(fault);
  return createRegionAllocator(memory, BASE, report);
}

test("never hands freed memory out again", () => {
  const allocator = region();
  const first = allocator.allocate(100, 16);
  const free = allocator.statistics().bytesFree;
  expect(allocator.free(first)).toBe(AllocFault.None);
  expect(allocator.statistics().bytesFree).toBe(free);
  expect(allocator.statistics().bytesInUse).toBe(0);
  expect(allocator.allocate(100, 16)).toBeGreaterThan(first);
});

test("grows or shrinks the last block in place, moves any other", () => {
  const allocator = region();
  const a = allocator.allocate(100, 16);
  expect(allocator.reallocate(a, 1000, 16)).toBe(a);
  expect(allocator.usableSize(a)).toBe(1008);
  expect(allocator.reallocate(a, 40, 16)).toBe(a);
  expect(allocator.usableSize(a)).toBe(48);
  allocator.allocate(10, 16);
  expect(allocator.reallocate(a, 30, 16)).toBe(a); // shrinking a block in the middle: kept as is
  expect(allocator.usableSize(a)).toBe(48);
  expect(allocator.reallocate(a, 5000, 16)).not.toBe(a);
});

test("reports alignment padding as never allocated and the inside of a freed block as interior", () => {
  const faults: AllocFault[] = [];
  const allocator = region(faults);
  const a = allocator.allocate(16, 16);
  const b = allocator.allocate(16, 4096);
  expect(b - a).toBeGreaterThan(32);
  expect(allocator.usableSize(a)).toBe(16);
  expect(allocator.free(a + 16)).toBe(AllocFault.NeverAllocated);
  expect(allocator.free(b - 16)).toBe(AllocFault.NeverAllocated);
  const c = allocator.allocate(64, 16);
  expect(allocator.free(c)).toBe(AllocFault.None);
  expect(allocator.free(c + 16)).toBe(AllocFault.InteriorPointer);
  expect(allocator.free(c)).toBe(AllocFault.DoubleFree);
  expect(faults).toEqual([AllocFault.NeverAllocated, AllocFault.NeverAllocated, AllocFault.InteriorPointer, AllocFault.DoubleFree]);
});

// What only the TLSF allocator does (the shared behaviour is in ../allocator.suite.ts): an 8-byte
// header per block, immediate coalescing with both neighbours, good-fit reuse, growth in place.

import { expect, test } from "vitest";
import { AllocFault } from "../allocator";
import { createTlsfAllocator } from "./tlsf";

const BASE = 0x100000;

function tlsf() {
  return createTlsfAllocator(new Uint8Array(1 << 20), BASE, () => expect.fail("fault"));
}

test("costs one 8-byte header per block, in 16-byte steps", () => {
  const allocator = tlsf();
  const expected: [number, number][] = [[0, 8], [1, 8], [8, 8], [9, 24], [24, 24], [25, 40], [1000, 1000], [1001, 1016]];
  for (const [size, usable] of expected) expect(allocator.usableSize(allocator.allocate(size, 1))).toBe(usable);
});

test("coalesces a freed block with both free neighbours at once", () => {
  const allocator = tlsf();
  const whole = allocator.largestFreeBlock();
  const a = allocator.allocate(1000, 16);
  const b = allocator.allocate(1000, 16);
  const c = allocator.allocate(1000, 16);
  expect([b - a, c - b]).toEqual([1008, 1008]);
  allocator.free(a);
  allocator.free(c);
  expect(allocator.largestFreeBlock()).toBeLessThan(whole);
  allocator.free(b);
  expect(allocator.largestFreeBlock()).toBe(whole);
  expect(allocator.allocate(whole, 16)).toBe(a);
});

test("reuses a freed block of the same size before splitting a larger one", () => {
  const allocator = tlsf();
  const a = allocator.allocate(100, 16);
  allocator.allocate(16, 16);
  allocator.free(a);
  expect(allocator.allocate(100, 16)).toBe(a);
});

test("grows a block in place into a free neighbour, and shrinks it in place", () => {
  const allocator = tlsf();
  const a = allocator.allocate(100, 16);
  const b = allocator.allocate(100, 16);
  allocator.allocate(16, 16);
  expect(allocator.free(b)).toBe(AllocFault.None);
  expect(allocator.reallocate(a, 200, 16)).toBe(a);
  expect(allocator.usableSize(a)).toBe(200);
  expect(allocator.reallocate(a, 50, 16)).toBe(a);
  expect(allocator.usableSize(a)).toBe(56);
});

// What only the buddy allocator does (the shared behaviour is in ../allocator.suite.ts): power-of-two
// usable sizes from slab classes and page blocks, splitting a page block in place, the one cached
// empty slab per class, and the double free it can no longer name once a slab page is given back.

import { expect, test } from "vitest";
import { AllocFault, FaultReporter } from "../allocator";
import { createBuddyAllocator } from "./buddy";

const BASE = 0x100000;

function buddy(faults: AllocFault[] = []) {
  const memory = new Uint8Array(4 << 20);
  const report: FaultReporter = (fault) => faults.push(fault);
  return createBuddyAllocator(memory, BASE, report);
}

test("rounds small requests to slab classes and larger ones to power-of-two page blocks", () => {
  const allocator = buddy();
  const expected: [number, number][] = [[0, 16], [1, 16], [17, 32], [100, 128], [1000, 1024], [1025, 4096], [5000, 8192], [70000, 131072]];
  for (const [size, usable] of expected) {
    const address = allocator.allocate(size, 16);
    expect(allocator.usableSize(address)).toBe(usable);
    expect(address % Math.min(usable, 4096)).toBe(0);
  }
  expect(allocator.usableSize(allocator.allocate(16, 512))).toBe(512);
});

test("splits a page block in place when it is reallocated smaller", () => {
  const allocator = buddy();
  const pages = allocator.allocatePages(8);
  const free = allocator.statistics().bytesFree;
  expect(allocator.reallocate(pages, 4096, 16)).toBe(pages);
  expect(allocator.usableSize(pages)).toBe(4096);
  expect(allocator.statistics().bytesFree).toBe(free + 7 * 4096);
  expect(allocator.free(pages)).toBe(AllocFault.None);
  expect(allocator.statistics().bytesFree).toBe(allocator.statistics().capacity);
});

test("keeps an emptied slab cached, counted as free, and gives it back when pages run short", () => {
  const allocator = buddy();
  const largest = allocator.largestFreeBlock();
  const object = allocator.allocate(40, 16);
  expect(allocator.free(object)).toBe(AllocFault.None);
  expect(allocator.statistics().bytesFree).toBe(allocator.statistics().capacity);
  expect(allocator.allocate(40, 16)).toBe(object); // the cached slab serves the next request
  expect(allocator.free(object)).toBe(AllocFault.None);
  const pages: number[] = [];
  for (let address = allocator.allocatePages(1); address !== 0; address = allocator.allocatePages(1)) pages.push(address);
  expect(pages.length * 4096).toBe(allocator.statistics().capacity);
  for (const address of pages) allocator.free(address);
  expect(allocator.largestFreeBlock()).toBe(largest);
});

test("names a double free only while the object's slab page is still a slab", () => {
  const faults: AllocFault[] = [];
  const allocator = buddy(faults);
  const objects: number[] = [];
  for (let i = 0; i < 300; i++) objects.push(allocator.allocate(16, 16)); // 251 per slab page: two pages
  const firstPage = Math.floor(objects[0] / 4096);
  const second = objects.filter((a) => Math.floor(a / 4096) !== firstPage);
  const first = objects.filter((a) => Math.floor(a / 4096) === firstPage);
  for (const address of first) allocator.free(address); // first page: the cached empty slab
  for (const address of second) allocator.free(address); // second page: given back to the buddies
  expect(allocator.free(first[0])).toBe(AllocFault.DoubleFree);
  expect(allocator.free(second[0])).toBe(AllocFault.NeverAllocated);
  expect(faults).toEqual([AllocFault.DoubleFree, AllocFault.NeverAllocated]);
});

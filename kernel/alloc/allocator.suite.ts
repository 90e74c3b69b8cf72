// The one test suite every allocator passes (host test code, not kernel code): alignment, no
// overlap, contents kept by reallocate, exact statistics, memory returned, zeroing, page
// allocation, each misuse detected and reported, out of memory, odd bases, and the randomized model
// check of allocator.model.ts. allocator.test.ts runs it over region, buddy and tlsf; per-allocator
// tests sit in each folder and cover only what differs.

import { describe, expect, test } from "vitest";
import { AllocFault, Allocator, AllocatorStats, FaultReporter, MIN_ALIGN, PAGE_SIZE } from "./allocator";
import { ModelRun } from "./allocator.model";
import { SeededRandom } from "./random";

export interface AllocatorCase {
  name: string;
  create: (memory: Uint8Array, base: number, report: FaultReporter) => Allocator;
  /** Freed memory can be allocated again (all but region). */
  reuses: boolean;
  /** A double free may come back as NeverAllocated once the allocator has dropped what it knew
   *  about the block (buddy, after a slab page went back to the page pool). */
  mayForgetFreed: boolean;
  /** Operations for the randomized model check, and the simulated RAM it runs in. */
  modelOps: number;
  modelBytes: number;
}

const MiB = 1 << 20;
const BASE = 0x100000;

class Recorded {
  constructor(
    readonly fault: AllocFault,
    readonly address: number,
    readonly detail: number,
  ) {}
}

/** An allocator over fresh simulated RAM, with every reported fault recorded. */
class Fixture {
  readonly memory: Uint8Array;
  readonly faults: Recorded[] = [];
  readonly allocator: Allocator;
  readonly stats: AllocatorStats;

  constructor(
    kase: AllocatorCase,
    bytes: number = MiB,
    readonly base: number = BASE,
  ) {
    this.memory = new Uint8Array(bytes);
    this.allocator = kase.create(this.memory, base, (fault, address, detail) => {
      this.faults.push(new Recorded(fault, address, detail));
    });
    this.stats = this.allocator.statistics();
  }

  /** Allocates `size` bytes and fills them with `tag`; fails the test on 0. */
  filled(size: number, tag: number, align: number = MIN_ALIGN): number {
    const address = this.allocator.allocate(size, align);
    expect(address, `allocate(${size}, ${align})`).not.toBe(0);
    this.bytes(address, size).fill(tag);
    return address;
  }

  bytes(address: number, size: number): Uint8Array {
    return this.memory.subarray(address - this.base, address - this.base + size);
  }

  expectFilled(address: number, size: number, tag: number): void {
    const bytes = this.bytes(address, size);
    for (let i = 0; i < size; i++) if (bytes[i] !== tag) expect.fail(`byte ${i} of block at ${address} changed`);
  }

  /** free(address) must return `fault`, report it once with the address, and change nothing else. */
  expectMisuse(fault: AllocFault, address: number): void {
    const before = new AllocatorStats("");
    before.copyFrom(this.stats);
    const reported = this.faults.length;
    expect(this.allocator.free(address)).toBe(fault);
    expect(this.faults.length).toBe(reported + 1);
    expect(this.faults[reported].fault).toBe(fault);
    expect(this.faults[reported].address).toBe(address);
    expect(this.stats.faultCount).toBe(before.faultCount + 1);
    before.faultCount += 1;
    expect(this.stats).toEqual(before);
  }
}

function sumUsable(fixture: Fixture, addresses: number[]): number {
  let total = 0;
  for (const address of addresses) total += fixture.allocator.usableSize(address);
  return total;
}

function intervalsDisjoint(fixture: Fixture, addresses: number[]): boolean {
  const spans = addresses.map((a) => [a, a + fixture.allocator.usableSize(a)]).sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) return false;
  return true;
}

export function allocatorSuite(kase: AllocatorCase): void {
  test("aligns every block to max(align, 16) for alignments 1..4096", () => {
    const f = new Fixture(kase, 4 * MiB);
    for (let align = 1; align <= 4096; align *= 2) {
      for (const size of [0, 1, 7, 16, 24, 100, 1000, 1500, 5000]) {
        const address = f.allocator.allocate(size, align);
        expect(address).not.toBe(0);
        expect(address % Math.max(align, MIN_ALIGN)).toBe(0);
        expect(address).toBeGreaterThanOrEqual(f.base);
        expect(f.allocator.usableSize(address)).toBeGreaterThanOrEqual(size);
        expect(address + f.allocator.usableSize(address)).toBeLessThanOrEqual(f.base + f.memory.length);
      }
    }
    expect(f.faults).toEqual([]);
  });

  test("never hands out overlapping live blocks", () => {
    const f = new Fixture(kase, 2 * MiB);
    const random = new SeededRandom(7);
    const live: number[] = [];
    for (let i = 0; i < 3000; i++) {
      if (live.length > 0 && random.chance(40)) {
        expect(f.allocator.free(live.splice(random.below(live.length), 1)[0])).toBe(AllocFault.None);
        continue;
      }
      const address = f.allocator.allocate(random.between(1, random.chance(90) ? 300 : 9000), 1 << random.below(9));
      if (address !== 0) live.push(address);
    }
    expect(live.length).toBeGreaterThan(100);
    expect(intervalsDisjoint(f, live)).toBe(true);
  });

  test("allocateZeroed zeroes memory that was dirty", () => {
    const f = new Fixture(kase);
    const used = f.filled(3000, 0xaa);
    f.allocator.free(used);
    for (const size of [1, 17, 3000, 8192]) {
      const address = f.allocator.allocateZeroed(size, MIN_ALIGN);
      expect(address).not.toBe(0);
      f.expectFilled(address, size, 0);
      f.bytes(address, size).fill(0x55);
      f.allocator.free(address);
    }
  });

  test("allocatePages returns whole, page-aligned, disjoint pages", () => {
    const f = new Fixture(kase, 4 * MiB);
    const pages: number[] = [];
    for (let count = 0; count <= 9; count++) {
      const address = f.allocator.allocatePages(count);
      expect(address % PAGE_SIZE).toBe(0);
      expect(f.allocator.usableSize(address)).toBeGreaterThanOrEqual(Math.max(count, 1) * PAGE_SIZE);
      f.bytes(address, Math.max(count, 1) * PAGE_SIZE).fill(count + 1);
      pages.push(address);
    }
    expect(intervalsDisjoint(f, pages)).toBe(true);
    for (let count = 0; count <= 9; count++) f.expectFilled(pages[count], Math.max(count, 1) * PAGE_SIZE, count + 1);
    for (const address of pages) expect(f.allocator.free(address)).toBe(AllocFault.None);
  });

  test("reallocate keeps contents when growing, shrinking and moving", () => {
    const f = new Fixture(kase, 2 * MiB);
    let address = f.filled(40, 0x11);
    const neighbour = f.filled(40, 0x22); // forces a later growth to move or extend
    let tagged = 40;
    for (const size of [100, 3000, 20000, 70000, 5000, 30, 1, 0, 64]) {
      const moved = f.allocator.reallocate(address, size, MIN_ALIGN);
      expect(moved, `reallocate to ${size}`).not.toBe(0);
      expect(f.allocator.usableSize(moved)).toBeGreaterThanOrEqual(size);
      f.expectFilled(moved, Math.min(tagged, size), 0x11);
      tagged = Math.min(tagged, size);
      address = moved;
    }
    f.bytes(address, 40).fill(0x11);
    const aligned = f.allocator.reallocate(address, 200, 4096);
    expect(aligned % 4096).toBe(0);
    f.expectFilled(aligned, 40, 0x11);
    f.expectFilled(neighbour, 40, 0x22);
    expect(f.stats.reallocationCount).toBe(10);
    expect(f.faults).toEqual([]);
  });

  test("reallocate of 0 allocates; a failed reallocate leaves the block alone", () => {
    const f = new Fixture(kase);
    const address = f.allocator.reallocate(0, 50, MIN_ALIGN);
    expect(address).not.toBe(0);
    expect(f.stats.allocationCount).toBe(1);
    f.bytes(address, 50).fill(0x33);
    expect(f.allocator.reallocate(address, 0xfffffff0, MIN_ALIGN)).toBe(0);
    expect(f.stats.failureCount).toBe(1);
    f.expectFilled(address, 50, 0x33);
    expect(f.allocator.free(address)).toBe(AllocFault.None);
  });

  test("keeps exact statistics through every operation", () => {
    const f = new Fixture(kase);
    const s = f.stats;
    expect(s.capacity).toBeGreaterThan(0.9 * MiB);
    expect(s.bytesFree).toBe(s.capacity);
    const live: number[] = [];
    let peak = 0;
    let allocations = 0;
    let frees = 0;
    const check = (): void => {
      const inUse = sumUsable(f, live);
      peak = Math.max(peak, inUse);
      expect(s.bytesInUse).toBe(inUse);
      expect(s.peakBytesInUse).toBe(peak);
      expect(s.allocationCount).toBe(allocations);
      expect(s.freeCount).toBe(frees);
      expect(s.bytesInUse + s.bytesFree).toBeLessThanOrEqual(s.capacity);
    };
    for (const size of [1, 16, 17, 500, 4096, 4097, 100000, 0]) {
      live.push(f.allocator.allocate(size, MIN_ALIGN));
      allocations += 1;
      check();
    }
    live.push(f.allocator.allocatePages(3));
    allocations += 1;
    check();
    while (live.length > 3) {
      f.allocator.free(live.splice(1, 1)[0]);
      frees += 1;
      check();
    }
    live[0] = f.allocator.reallocate(live[0], 6000, MIN_ALIGN);
    expect(s.reallocationCount).toBe(1);
    check();
    expect(s.failureCount).toBe(0);
    expect(s.faultCount).toBe(0);
    expect(s.describe()).toContain(`${s.bytesInUse} B in use`);
  });

  if (kase.reuses) {
    test("gets all memory back once everything is freed", () => {
      const f = new Fixture(kase, 4 * MiB);
      const largest = f.allocator.largestFreeBlock();
      expect(largest).toBeGreaterThan(MiB);
      const random = new SeededRandom(11);
      const live: number[] = [];
      for (let i = 0; i < 5000; i++) {
        if (live.length > 0 && random.chance(45)) f.allocator.free(live.splice(random.below(live.length), 1)[0]);
        else {
          const address = f.allocator.allocate(random.between(0, random.chance(95) ? 512 : 20000), 1 << random.below(13));
          if (address !== 0) live.push(address);
        }
      }
      for (const address of live) expect(f.allocator.free(address)).toBe(AllocFault.None);
      expect(f.stats.bytesInUse).toBe(0);
      expect(f.stats.bytesFree).toBe(f.stats.capacity);
      expect(f.allocator.largestFreeBlock()).toBe(largest);
      const all = f.allocator.allocate(largest, MIN_ALIGN);
      expect(all).not.toBe(0);
      expect(f.allocator.free(all)).toBe(AllocFault.None);
    });
  }

  test("reports a double free, for small and page-sized blocks", () => {
    const f = new Fixture(kase);
    const keep = f.filled(64, 0x44);
    for (const size of [24, 5000]) {
      const address = f.filled(size, 0x55);
      expect(f.allocator.free(address)).toBe(AllocFault.None);
      f.expectMisuse(AllocFault.DoubleFree, address);
    }
    f.expectFilled(keep, 64, 0x44);
  });

  test("reports addresses that were never allocated", () => {
    const f = new Fixture(kase);
    const keep = f.filled(64, 0x44);
    f.expectMisuse(AllocFault.NeverAllocated, f.base - 16);
    f.expectMisuse(AllocFault.NeverAllocated, f.base + f.memory.length);
    f.expectMisuse(AllocFault.NeverAllocated, f.base + f.memory.length - 16); // allocator metadata
    f.expectMisuse(AllocFault.NeverAllocated, f.base + 512 * 1024); // inside the range, never handed out
    f.expectMisuse(AllocFault.NeverAllocated, keep + 0.5);
    expect(f.allocator.free(0)).toBe(AllocFault.None);
    f.expectFilled(keep, 64, 0x44);
  });

  test("reports interior pointers, for small and page-sized blocks", () => {
    const f = new Fixture(kase);
    const small = f.filled(64, 0x44);
    const pages = f.filled(3 * PAGE_SIZE, 0x66, PAGE_SIZE);
    for (const address of [small + 16, small + 1, small + 63, pages + PAGE_SIZE, pages + 100, pages + 3 * PAGE_SIZE - 1]) {
      f.expectMisuse(AllocFault.InteriorPointer, address);
    }
    f.expectFilled(small, 64, 0x44);
    f.expectFilled(pages, 3 * PAGE_SIZE, 0x66);
    expect(f.allocator.free(small)).toBe(AllocFault.None);
    expect(f.allocator.free(pages)).toBe(AllocFault.None);
  });

  test("reports misuse through usableSize and reallocate too, changing nothing", () => {
    const f = new Fixture(kase);
    const address = f.filled(100, 0x77);
    expect(f.allocator.usableSize(address + 32)).toBe(0);
    expect(f.faults[0].fault).toBe(AllocFault.InteriorPointer);
    expect(f.allocator.reallocate(address + 32, 10, MIN_ALIGN)).toBe(0);
    expect(f.faults[1].fault).toBe(AllocFault.InteriorPointer);
    expect(f.stats.failureCount).toBe(1);
    expect(f.stats.faultCount).toBe(2);
    f.expectFilled(address, 100, 0x77);
    expect(f.allocator.free(address)).toBe(AllocFault.None);
  });

  test("rejects an alignment that is not a power of two", () => {
    const f = new Fixture(kase);
    for (const align of [0, 3, 24, 4095]) {
      expect(f.allocator.allocate(16, align)).toBe(0);
      expect(f.faults[f.faults.length - 1].fault).toBe(AllocFault.BadAlignment);
      expect(f.faults[f.faults.length - 1].detail).toBe(align);
    }
    expect(f.stats.failureCount).toBe(4);
    expect(f.stats.faultCount).toBe(4);
    expect(f.stats.allocationCount).toBe(0);
  });

  test("returns 0 and counts a failure when out of memory", () => {
    const f = new Fixture(kase);
    expect(f.allocator.allocate(0xffffffff, MIN_ALIGN)).toBe(0);
    expect(f.allocator.allocate(2 * MiB, MIN_ALIGN)).toBe(0);
    expect(f.allocator.allocatePages(1000)).toBe(0);
    expect(f.stats.failureCount).toBe(3);
    let count = 0;
    while (f.allocator.allocate(1000, MIN_ALIGN) !== 0) count++;
    expect(count).toBeGreaterThan(400);
    expect(f.stats.failureCount).toBe(4);
    expect(f.stats.allocationCount).toBe(count);
    expect(f.faults).toEqual([]);
  });

  test("works at an unaligned base, at base 0 and above 4 GiB", () => {
    for (const base of [0x100008, 0, 0x1_2345_6000, 0x7_ffff_fff0]) {
      const f = new Fixture(kase, MiB, base);
      const addresses: number[] = [];
      for (const align of [1, 16, 64, 4096]) {
        const address = f.filled(300, 0x12, align);
        expect(address).not.toBe(0);
        expect(address % Math.max(align, MIN_ALIGN)).toBe(0);
        addresses.push(address);
      }
      addresses.push(f.allocator.allocatePages(2));
      expect(addresses[4] % PAGE_SIZE).toBe(0);
      expect(intervalsDisjoint(f, addresses)).toBe(true);
      f.expectMisuse(AllocFault.InteriorPointer, addresses[1] + 16);
      for (const address of addresses) expect(f.allocator.free(address)).toBe(AllocFault.None);
      f.expectMisuse(AllocFault.DoubleFree, addresses[0]);
    }
  });

  test("initializes over 1 GiB without touching the range (target: under 100 µs)", () => {
    const memory = new Uint8Array(1 << 30); // zero pages, backed lazily by the host
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const allocator = kase.create(memory, 0x4000_0000, () => expect.fail("fault"));
      best = Math.min(best, performance.now() - start);
      expect(allocator.statistics().capacity).toBeGreaterThan(0.98 * (1 << 30));
    }
    expect(best).toBeLessThan(1); // ms: a loop over every page would take hundreds
  });

  test("manages a range above 2 GiB (offsets use all 32 bits)", () => {
    const f = new Fixture(kase, 2560 * MiB, 0x4000_0000); // lazily backed: only touched pages count
    const sizes = [1000 * MiB, 1000 * MiB, 200 * MiB];
    const blocks = sizes.map((size) => f.allocator.allocate(size, 4096));
    expect(blocks).not.toContain(0);
    expect(Math.max(...blocks.map((address, i) => address + sizes[i])) - f.base).toBeGreaterThan(2 * (1 << 30));
    blocks.forEach((address, i) => f.bytes(address + sizes[i] - 16, 16).fill(i + 1));
    expect(intervalsDisjoint(f, blocks)).toBe(true);
    f.expectMisuse(AllocFault.InteriorPointer, blocks[2] + 150 * MiB);
    blocks.forEach((address, i) => f.expectFilled(address + sizes[i] - 16, 16, i + 1));
    for (const address of blocks) expect(f.allocator.free(address)).toBe(AllocFault.None);
    f.expectMisuse(AllocFault.DoubleFree, blocks[2]);
  });

  test("reports a range too small for its own metadata", () => {
    const f = new Fixture(kase, 16);
    expect(f.faults.map((r) => r.fault)).toEqual([AllocFault.RangeTooSmall]);
    expect(f.allocator.allocate(1, 1)).toBe(0);
    expect(f.stats.capacity).toBe(0);
  });

  test(`survives ${kase.modelOps} randomized operations against a shadow model`, () => {
    const run = new ModelRun(kase, kase.modelBytes, 0x4000_0000, 0x5eed, kase.modelOps);
    run.run(kase.modelOps);
    expect(run.misuseCount).toBeGreaterThan(kase.modelOps / 100);
    expect(run.outOfMemoryCount).toBeGreaterThan(0);
    if (kase.reuses) {
      run.freeAll();
      expect(run.stats.bytesFree).toBe(run.stats.capacity);
    }
  }, 60_000);
}

export function describeAllocators(cases: AllocatorCase[]): void {
  describe.each(cases)("$name", (kase) => allocatorSuite(kase));
}

// Region (bump) allocator: hands out memory in address order from a cursor and never reuses it,
// for run-to-completion apps that want the fastest boot and the cheapest allocation. free() of a
// live block is accepted, counted and otherwise ignored. kernel/boot constructs it through
// createRegionAllocator when an app selects "region"; everything else reaches it through the
// Allocator interface (kernel/alloc/allocator.ts).
//
// Blocks carry no header. A StateMap at the top of the view (2 bits per 16-byte granule, 1/64 of
// the range, zeroed lazily) marks each granule below the cursor: LIVE block start, FREED block
// start, GAP start (alignment padding no caller owns), or nothing (inside the preceding block or
// gap). That makes every misuse exact: free of a freed start is a double free, of a granule inside
// a block an interior pointer, of a gap or anything at or above the cursor never allocated.
// A block's usable size is the distance to the next marked granule (or the cursor), found by a scan
// of its map bits: free and usableSize cost O(size / 64) byte reads, allocate O(1).

import { AllocFault, AllocatorStats, MAX_MANAGED_BYTES, MIN_ALIGN, PAGE_SIZE } from "../allocator";
import { Allocator, FaultReporter } from "../allocator";
import { copyBytes, isPowerOfTwo, roundUp } from "../bits";
import { StateMap } from "../state-map";

const GRANULE_LOG2: u32 = 4;
const GRANULE: u32 = 16;

/** allocateBlock's failure value (offsets stay below MAX_MANAGED_BYTES; 0 is a valid offset). */
const NO_BLOCK: u32 = 0xffffffff;

const LIVE: u32 = 1;
const FREED: u32 = 2;
const GAP: u32 = 3;

/** A region allocator over memory, which is the physical range [base, base + memory.length). */
export function createRegionAllocator(memory: Uint8Array, base: number, report: FaultReporter): Allocator {
  return new Region(memory, base, report);
}

class Region implements Allocator {
  private readonly memory: Uint8Array;
  private readonly base: number;
  private readonly baseLow: u32;
  private readonly report: FaultReporter;
  private readonly stats: AllocatorStats = new AllocatorStats("region");
  /** The managed blocks live in [start, limit); the next block goes at cursor. */
  private start: u32 = 0;
  private limit: u32 = 0;
  private cursor: u32 = 0;
  private readonly marks: StateMap;

  constructor(memory: Uint8Array, base: number, report: FaultReporter) {
    this.memory = memory;
    this.base = base;
    this.baseLow = base >>> 0;
    this.report = report;
    const length: u32 = memory.length < MAX_MANAGED_BYTES ? memory.length : MAX_MANAGED_BYTES;
    let start: u32 = ((GRANULE - (this.baseLow & (GRANULE - 1))) & (GRANULE - 1)) >>> 0;
    if (base + start === 0) start = GRANULE; // address 0 means failure
    const mapBytes: u32 = StateMap.bytesFor(length >>> GRANULE_LOG2);
    if (length < start + mapBytes + GRANULE) {
      this.marks = new StateMap(memory, 0, 0);
      this.fault(AllocFault.RangeTooSmall, base, length);
      return;
    }
    const mapAt: u32 = (length - mapBytes) >>> 0;
    this.start = start;
    this.limit = (start + ((mapAt - start) & ~(GRANULE - 1))) >>> 0;
    this.cursor = start;
    this.marks = new StateMap(memory, mapAt, (this.limit - start) >>> GRANULE_LOG2);
    this.stats.bytesFree = this.limit - start;
    this.stats.capacity = this.stats.bytesFree;
  }

  allocate(size: u32, align: u32): number {
    const p: u32 = this.allocateBlock(size, align);
    if (p === NO_BLOCK) return 0;
    this.stats.noteAllocation(this.usableOf(p));
    return this.base + p;
  }

  allocateZeroed(size: u32, align: u32): number {
    const address: number = this.allocate(size, align);
    if (address !== 0) {
      const p: u32 = (address - this.base) >>> 0;
      this.memory.fill(0, p, p + size);
    }
    return address;
  }

  allocatePages(count: u32): number {
    const pages: u32 = count === 0 ? 1 : count >>> 0;
    if (pages > Math.floor(this.stats.capacity / PAGE_SIZE)) return this.refuse(AllocFault.None, 0, 0);
    return this.allocate(pages * PAGE_SIZE, PAGE_SIZE);
  }

  reallocate(address: number, size: u32, align: u32): number {
    if (address === 0) return this.allocate(size, align);
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) return this.refuse(fault, address, size);
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, address, align);
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, address, size);
    const p: u32 = (address - this.base) >>> 0;
    const oldUsable: u32 = this.usableOf(p);
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    if (this.isAligned(p, a) && this.resizeInPlace(p, oldUsable, size)) {
      this.stats.noteReallocation(oldUsable, this.usableOf(p));
      return address;
    }
    const q: u32 = this.allocateBlock(size, align);
    if (q === NO_BLOCK) return 0;
    copyBytes(this.memory, p, q, oldUsable < size ? oldUsable : size);
    this.marks.set(this.granuleOf(p), FREED);
    this.stats.noteReallocation(oldUsable, this.usableOf(q));
    return this.base + q;
  }

  free(address: number): AllocFault {
    if (address === 0) return AllocFault.None;
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) {
      this.fault(fault, address, 0);
      return fault;
    }
    const p: u32 = (address - this.base) >>> 0;
    this.stats.noteFree(this.usableOf(p));
    this.marks.set(this.granuleOf(p), FREED);
    return AllocFault.None;
  }

  usableSize(address: number): u32 {
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) {
      this.fault(fault, address, 0);
      return 0;
    }
    return this.usableOf((address - this.base) >>> 0);
  }

  largestFreeBlock(): u32 {
    return (this.limit - this.cursor) >>> 0;
  }

  statistics(): AllocatorStats {
    return this.stats;
  }

  /** Bumps the cursor past an aligned block of `size` bytes; NO_BLOCK when it does not fit. */
  private allocateBlock(size: u32, align: u32): u32 {
    if (!isPowerOfTwo(align)) return this.refuseBlock(AllocFault.BadAlignment, align);
    if (size > this.stats.capacity) return this.refuseBlock(AllocFault.None, size);
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    const gap: u32 = ((a - (((this.baseLow + this.cursor) >>> 0) & (a - 1))) & (a - 1)) >>> 0;
    const bytes: u32 = size === 0 ? GRANULE : roundUp(size, GRANULE);
    if (this.cursor + gap + bytes > this.limit) return this.refuseBlock(AllocFault.None, size);
    if (gap !== 0) this.marks.set(this.granuleOf(this.cursor), GAP);
    const p: u32 = (this.cursor + gap) >>> 0;
    this.marks.set(this.granuleOf(p), LIVE);
    this.cursor = (p + bytes) >>> 0;
    this.stats.bytesFree = this.limit - this.cursor;
    return p;
  }

  /** In place when the block shrinks, or grows and is the last one with room behind it. */
  private resizeInPlace(p: u32, oldUsable: u32, size: u32): boolean {
    if (size <= oldUsable && p + oldUsable !== this.cursor) return true;
    if (p + oldUsable !== this.cursor) return false;
    const bytes: u32 = size === 0 ? GRANULE : roundUp(size, GRANULE);
    if (p + bytes > this.limit) return false;
    this.cursor = (p + bytes) >>> 0;
    this.stats.bytesFree = this.limit - this.cursor;
    return true;
  }

  /** None when address is a live block's start; otherwise which misuse it is. */
  private check(address: number): AllocFault {
    const offset: number = address - this.base;
    if (!(offset >= this.start && offset < this.cursor) || offset !== Math.floor(offset)) {
      return AllocFault.NeverAllocated;
    }
    const relative: u32 = (offset - this.start) >>> 0;
    const granule: u32 = relative >>> GRANULE_LOG2;
    const aligned: boolean = (relative & (GRANULE - 1)) === 0;
    const state: u32 = this.marks.get(granule);
    if (aligned && state === LIVE) return AllocFault.None;
    if (aligned && state === FREED) return AllocFault.DoubleFree;
    if (aligned && state === GAP) return AllocFault.NeverAllocated;
    // Inside whatever starts at the nearest marked granule below: a block (live or freed) or a gap.
    const owner: i32 = this.marks.previousNonZero(granule);
    if (owner < 0 || this.marks.get(owner) === GAP) return AllocFault.NeverAllocated;
    return AllocFault.InteriorPointer;
  }

  private usableOf(p: u32): u32 {
    const granule: u32 = this.granuleOf(p);
    const cursorGranule: u32 = this.granuleOf(this.cursor);
    const next: u32 = this.marks.nextNonZero(granule + 1, cursorGranule);
    return ((next - granule) << GRANULE_LOG2) >>> 0;
  }

  private granuleOf(p: u32): u32 {
    return (p - this.start) >>> GRANULE_LOG2;
  }

  private isAligned(p: u32, align: u32): boolean {
    return (((this.baseLow + p) >>> 0) & (align - 1)) === 0;
  }

  /** Counts a failed request, reports `fault` unless it is None (out of memory), returns 0. */
  private refuse(fault: AllocFault, address: number, detail: number): u32 {
    this.stats.failureCount += 1;
    if (fault !== AllocFault.None) this.fault(fault, address, detail);
    return 0;
  }

  private refuseBlock(fault: AllocFault, detail: number): u32 {
    this.refuse(fault, 0, detail);
    return NO_BLOCK;
  }

  private fault(fault: AllocFault, address: number, detail: number): void {
    this.stats.faultCount += 1;
    this.report(fault, address, detail);
  }
}

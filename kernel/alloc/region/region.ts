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
import { copyWords, isPowerOfTwo, roundUp, wordLead, wordView, zeroWords } from "../bits";
import { StateMap } from "../state-map";

const GRANULE_LOG2: u32 = 4;
const GRANULE: u32 = 16;

/** "No block" for offsets (offsets stay below MAX_MANAGED_BYTES; 0 is a valid offset). */
const NO_BLOCK: u32 = 0xffffffff;

const LIVE: u32 = 1;
const FREED: u32 = 2;
const GAP: u32 = 3;
/** StateMap chunks of 2^14 granules (256 KiB of heap): 512 bytes of chunk flags per GiB. */
const MAP_CHUNK_LOG2: u32 = 14;

/** A region allocator over memory, which is the physical range [base, base + memory.length). */
export function createRegionAllocator(memory: Uint8Array, base: number, report: FaultReporter): Allocator {
  return new Region(memory, base, report);
}

class Region implements Allocator {
  private readonly words: Uint32Array;
  /** Physical address of words[0] (base + wordLead); offsets below are bytes from there. */
  private readonly origin: number;
  private readonly originLow: u32;
  private readonly report: FaultReporter;
  private readonly stats: AllocatorStats = new AllocatorStats("region");
  /** The managed blocks live in [start, limit); the next block goes at cursor. */
  private start: u32 = 0;
  private limit: u32 = 0;
  private cursor: u32 = 0;
  private readonly marks: StateMap;

  constructor(memory: Uint8Array, base: number, report: FaultReporter) {
    const length: u32 = memory.length < MAX_MANAGED_BYTES ? memory.length : MAX_MANAGED_BYTES;
    const words: Uint32Array = wordView(memory, length >>> 0);
    this.words = words;
    this.origin = base + wordLead(memory);
    this.originLow = this.origin >>> 0;
    this.report = report;
    let start: u32 = ((GRANULE - (this.originLow & (GRANULE - 1))) & (GRANULE - 1)) >>> 0;
    if (this.origin + start === 0) start = GRANULE; // address 0 means failure
    const bytes: u32 = (words.length * 4) >>> 0;
    const mapBytes: u32 = (StateMap.wordsFor(bytes >>> GRANULE_LOG2, MAP_CHUNK_LOG2) >>> 0) * 4;
    const tooSmall: boolean = bytes < start + mapBytes + GRANULE;
    if ((this.originLow & 3) !== 0 || tooSmall) {
      this.marks = StateMap.packed(words, 0, 0, MAP_CHUNK_LOG2);
      this.fault(tooSmall ? AllocFault.RangeTooSmall : AllocFault.UnalignedView, base, length);
      return;
    }
    const mapAt: u32 = (bytes - mapBytes) >>> 0;
    this.start = start;
    this.limit = (start + ((mapAt - start) & ~(GRANULE - 1))) >>> 0;
    this.cursor = start;
    this.marks = StateMap.packed(words, mapAt >>> 2, (this.limit - start) >>> GRANULE_LOG2, MAP_CHUNK_LOG2);
    this.stats.bytesFree = this.limit - start;
    this.stats.capacity = this.stats.bytesFree;
  }

  allocate(size: u32, align: u32): number {
    const p: u32 = this.allocateBlock(size, align) >>> 0;
    return p === NO_BLOCK ? 0 : this.origin + p;
  }

  allocateZeroed(size: u32, align: u32): number {
    const p: u32 = this.allocateBlock(size, align) >>> 0;
    if (p === NO_BLOCK) return 0;
    // Whole words: blocks are whole granules, so the last word is inside the block.
    zeroWords(this.words, p >>> 2, (p + (size >>> 0) + 3) >>> 2);
    return this.origin + p;
  }

  allocatePages(count: u32): number {
    const pages: u32 = count === 0 ? 1 : count >>> 0;
    if (pages > Math.floor(this.stats.capacity / PAGE_SIZE)) return this.refuse(AllocFault.None, 0, 0);
    return this.allocate(pages * PAGE_SIZE, PAGE_SIZE);
  }

  reallocate(address: number, size: u32, align: u32): number {
    if (address === 0) return this.allocate(size, align);
    const p: u32 = this.liveBlockAt(address) >>> 0;
    if (p === NO_BLOCK) return this.refuse(this.misuseAt(address), address, size);
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, address, align);
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, address, size);
    const s: u32 = size >>> 0;
    const oldUsable: u32 = this.usableOf(p) >>> 0;
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    if (this.isAligned(p, a) && this.resizeInPlace(p, oldUsable, s)) {
      this.stats.noteReallocation(oldUsable, this.usableOf(p) >>> 0);
      return address;
    }
    const q: u32 = this.bump(s, a) >>> 0;
    if (q === NO_BLOCK) return this.refuse(AllocFault.None, 0, size);
    const kept: u32 = oldUsable < s ? oldUsable : s;
    copyWords(this.words, p >>> 2, q >>> 2, (kept + 3) >>> 2);
    this.marks.set(this.granuleOf(p) >>> 0, FREED);
    this.stats.noteReallocation(oldUsable, this.cursor - q);
    return this.origin + q;
  }

  free(address: number): AllocFault {
    if (address === 0) return AllocFault.None;
    const p: u32 = this.liveBlockAt(address) >>> 0;
    if (p === NO_BLOCK) {
      const fault: AllocFault = this.misuseAt(address);
      this.fault(fault, address, 0);
      return fault;
    }
    this.stats.noteFree(this.usableOf(p) >>> 0);
    this.marks.set(this.granuleOf(p) >>> 0, FREED);
    return AllocFault.None;
  }

  usableSize(address: number): u32 {
    const p: u32 = this.liveBlockAt(address) >>> 0;
    if (p === NO_BLOCK) {
      this.fault(this.misuseAt(address), address, 0);
      return 0;
    }
    return this.usableOf(p) >>> 0;
  }

  largestFreeBlock(): u32 {
    return (this.limit - this.cursor) >>> 0;
  }

  statistics(): AllocatorStats {
    return this.stats;
  }

  /** A new block for allocate and allocateZeroed, or NO_BLOCK (failure counted, misuse reported). */
  private allocateBlock(size: u32, align: u32): u32 {
    if (!isPowerOfTwo(align)) return this.refuseBlock(AllocFault.BadAlignment, align);
    if (size > this.stats.capacity) return this.refuseBlock(AllocFault.None, size);
    const p: u32 = this.bump(size >>> 0, align < MIN_ALIGN ? MIN_ALIGN : align >>> 0) >>> 0;
    if (p === NO_BLOCK) return this.refuseBlock(AllocFault.None, size);
    // The new block is the last: its usable size runs to the cursor.
    this.stats.noteAllocation(this.cursor - p);
    return p;
  }

  /** Bumps the cursor past a block of `size` bytes aligned to `align` (>= 16); NO_BLOCK when it does not fit. */
  private bump(size: u32, align: u32): u32 {
    const cursor: u32 = this.cursor >>> 0;
    const gap: u32 = ((align - (((this.originLow >>> 0) + cursor) & (align - 1))) & (align - 1)) >>> 0;
    const bytes: u32 = size === 0 ? GRANULE : roundUp(size >>> 0, GRANULE) >>> 0;
    if (cursor + gap + bytes > this.limit) return NO_BLOCK;
    if (gap !== 0) this.marks.set(this.granuleOf(cursor) >>> 0, GAP);
    const p: u32 = (cursor + gap) >>> 0;
    this.marks.set(this.granuleOf(p) >>> 0, LIVE);
    this.cursor = (p + bytes) >>> 0;
    this.stats.bytesFree = this.limit - this.cursor;
    return p;
  }

  /** In place when the block shrinks, or grows and is the last one with room behind it. */
  private resizeInPlace(p: u32, oldUsable: u32, size: u32): boolean {
    const last: boolean = p + oldUsable === this.cursor;
    if (size <= oldUsable && !last) return true;
    if (!last) return false;
    const bytes: u32 = size === 0 ? GRANULE : roundUp(size >>> 0, GRANULE) >>> 0;
    if (p + bytes > this.limit) return false;
    this.cursor = (p + bytes) >>> 0;
    this.stats.bytesFree = this.limit - this.cursor;
    return true;
  }

  /** The offset of the live block starting at `address`, or NO_BLOCK if it is not one. */
  private liveBlockAt(address: number): u32 {
    const offset: number = address - this.origin;
    if (!(offset >= this.start && offset < this.cursor)) return NO_BLOCK;
    const p: u32 = offset >>> 0;
    const relative: u32 = (p - (this.start >>> 0)) >>> 0;
    if (p !== offset || (relative & (GRANULE - 1)) !== 0) return NO_BLOCK;
    return this.marks.get(relative >>> GRANULE_LOG2) === LIVE ? p : NO_BLOCK;
  }

  /** For an address that is not a live block's start: which misuse passing it is. */
  private misuseAt(address: number): AllocFault {
    const offset: number = address - this.origin;
    if (!(offset >= this.start && offset < this.cursor) || offset !== Math.floor(offset)) {
      return AllocFault.NeverAllocated;
    }
    const relative: u32 = (offset - this.start) >>> 0;
    const granule: u32 = relative >>> GRANULE_LOG2;
    const aligned: boolean = (relative & (GRANULE - 1)) === 0;
    const state: u32 = this.marks.get(granule) >>> 0;
    if (aligned && state === FREED) return AllocFault.DoubleFree;
    if (aligned && state === GAP) return AllocFault.NeverAllocated;
    // Inside whatever starts at the nearest marked granule below: a block (live or freed) or a gap.
    const owner: i32 = this.marks.previousNonZero(granule) | 0;
    if (owner < 0 || this.marks.get(owner >>> 0) === GAP) return AllocFault.NeverAllocated;
    return AllocFault.InteriorPointer;
  }

  private usableOf(p: u32): u32 {
    const granule: u32 = this.granuleOf(p) >>> 0;
    const cursorGranule: u32 = this.granuleOf(this.cursor >>> 0) >>> 0;
    const next: u32 = this.marks.nextNonZero((granule + 1) >>> 0, cursorGranule) >>> 0;
    return ((next - granule) << GRANULE_LOG2) >>> 0;
  }

  private granuleOf(p: u32): u32 {
    return (p - (this.start >>> 0)) >>> GRANULE_LOG2;
  }

  private isAligned(p: u32, align: u32): boolean {
    return ((((this.originLow >>> 0) + p) >>> 0) & (align - 1)) === 0;
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

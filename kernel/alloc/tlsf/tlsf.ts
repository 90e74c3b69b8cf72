// Two-Level Segregated Fit allocator: constant-time allocate and free with immediate coalescing,
// the structure described by M. Masmano, I. Ripoll, A. Crespo and J. Real, "TLSF: a New Dynamic
// Memory Allocator for Real-Time Systems", ECRTS 2004 (section 3: segregated free lists indexed by
// a first level, the power of two of the size, and a second level that splits each power of two
// linearly; two levels of bitmaps find a non-empty list with a bit scan; boundary tags give the
// physical neighbours for coalescing). Written for yao from the paper's description.
// kernel/boot constructs it through createTlsfAllocator when an app selects "tlsf"; everything else
// reaches it through the Allocator interface (kernel/alloc/allocator.ts).
//
// Layout (offsets into the managed view; blocks.ts has the header words): every block is named
// by its payload offset p, with base + p 16-aligned and an 8-byte header just below p holding the
// physical predecessor (boundary tag) and the size with FREE and PREV_FREE flags. A live block's
// usable size is its size - 8; a free block keeps its list links in its payload (lists.ts has the
// two-level lists). The heap ends with a sentinel block of size 0 that is never free. A StateMap at
// the top of the view records, per 16-byte granule, whether a live block starts there (LIVE) or a
// block that started there was freed (FREED): free() trusts nothing in the headers until the map
// says the address is a live block.

import { AllocFault, AllocatorStats, MAX_MANAGED_BYTES, MIN_ALIGN, PAGE_SIZE } from "../allocator";
import { Allocator, FaultReporter } from "../allocator";
import { copyBytes, isPowerOfTwo, roundUp } from "../bits";
import { StateMap } from "../state-map";
import { FLAG_BITS, FREE_BIT, GRANULE, GRANULE_LOG2, HEADER, MIN_BLOCK, PREV_FREE_BIT } from "./blocks";
import { blockFlags, blockSize, clearFlags, headerWord, isFreeBlock, previousBlock } from "./blocks";
import { setBlockHeader, setFlags, setPreviousBlock, sizeIn } from "./blocks";
import { SegregatedLists } from "./lists";

const LIVE: u32 = 1;
const FREED: u32 = 2;

/** A TLSF allocator over memory, which is the physical range [base, base + memory.length). */
export function createTlsfAllocator(memory: Uint8Array, base: number, report: FaultReporter): Allocator {
  return new Tlsf(memory, base, report);
}

class Tlsf implements Allocator {
  private readonly memory: Uint8Array;
  private readonly base: number;
  /** base mod 2^32: enough to compute the alignment of any address. */
  private readonly baseLow: u32;
  private readonly report: FaultReporter;
  private readonly stats: AllocatorStats = new AllocatorStats("tlsf");
  /** Payload offset of the first block, and of the end sentinel. */
  private first: u32 = 0;
  private end: u32 = 0;
  private readonly lists: SegregatedLists;
  private readonly starts: StateMap;

  constructor(memory: Uint8Array, base: number, report: FaultReporter) {
    this.memory = memory;
    this.base = base;
    this.baseLow = base >>> 0;
    this.report = report;
    this.lists = new SegregatedLists(memory, this.stats);
    const length: u32 = memory.length < MAX_MANAGED_BYTES ? memory.length : MAX_MANAGED_BYTES;
    // The first payload sits at >= 16 so its header fits and address 0 is never handed out.
    const first: u32 = (GRANULE + ((GRANULE - (this.baseLow & (GRANULE - 1))) & (GRANULE - 1))) >>> 0;
    const mapBytes: u32 = StateMap.bytesFor(length >>> GRANULE_LOG2);
    if (length < first + mapBytes + MIN_BLOCK + HEADER) {
      this.starts = new StateMap(memory, 0, 0);
      this.fault(AllocFault.RangeTooSmall, base, length);
      return;
    }
    const mapAt: u32 = (length - mapBytes) >>> 0;
    const end: u32 = (first + ((mapAt - first) & ~(GRANULE - 1))) >>> 0;
    this.first = first;
    this.end = end;
    this.starts = new StateMap(memory, mapAt, ((end - first) >>> GRANULE_LOG2) + 1);
    this.setHeader(first, end - first, FREE_BIT);
    this.setPrevious(first, 0);
    this.setHeader(end, 0, PREV_FREE_BIT);
    this.setPrevious(end, first);
    this.lists.insert(first, end - first);
    this.stats.capacity = this.stats.bytesFree;
  }

  allocate(size: u32, align: u32): number {
    const p: u32 = this.allocateBlock(size, align);
    if (p === 0) return 0;
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
    if (pages > Math.floor(this.stats.capacity / PAGE_SIZE)) {
      this.stats.failureCount += 1;
      return 0;
    }
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
    if (this.isAligned(p, a) && this.resizeInPlace(p, blockSizeFor(size))) {
      this.stats.noteReallocation(oldUsable, this.usableOf(p));
      return address;
    }
    const q: u32 = this.allocateBlock(size, align);
    if (q === 0) return 0;
    copyBytes(this.memory, p, q, oldUsable < size ? oldUsable : size);
    this.release(p);
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
    this.release(p);
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
    const largest: u32 = this.lists.largest();
    return largest === 0 ? 0 : (largest - HEADER) >>> 0;
  }

  statistics(): AllocatorStats {
    return this.stats;
  }

  // ---- allocation ----

  /** A live block of at least `size` usable bytes aligned to `align`, or 0 (failure counted). */
  private allocateBlock(size: u32, align: u32): u32 {
    if (!isPowerOfTwo(align)) {
      this.refuse(AllocFault.BadAlignment, 0, align);
      return 0;
    }
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, 0, size);
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    const s: u32 = blockSizeFor(size);
    // Room for the worst leading gap; every gap is a multiple of 16, hence a valid free block.
    const need: number = a > GRANULE ? s + a - GRANULE : s;
    if (need > this.stats.capacity + HEADER) return this.refuse(AllocFault.None, 0, size);
    let p: u32 = this.lists.take(need);
    if (p === 0) return this.refuse(AllocFault.None, 0, size);
    if (a > GRANULE) p = this.skipToAlignment(p, a);
    this.trimTo(p, s);
    this.markLive(p);
    return p;
  }

  /** Splits off the part of free block p before the first `align`-aligned payload; returns it. */
  private skipToAlignment(p: u32, align: u32): u32 {
    const misalignment: u32 = ((this.baseLow + p) >>> 0) & (align - 1);
    if (misalignment === 0) return p;
    const gap: u32 = (align - misalignment) >>> 0;
    const size: u32 = this.sizeOf(p);
    const q: u32 = (p + gap) >>> 0;
    this.setHeader(p, gap, FREE_BIT);
    this.lists.insert(p, gap);
    this.setHeader(q, size - gap, FREE_BIT | PREV_FREE_BIT);
    this.setPrevious(q, p);
    this.setPrevious(q + size - gap, q);
    return q;
  }

  /** Shrinks block p (not on a list) to size s, freeing the tail and merging it forward. */
  private trimTo(p: u32, s: u32): void {
    const word: u32 = headerWord(this.memory, p);
    const size: u32 = sizeIn(word);
    if (size - s < MIN_BLOCK) return;
    this.setHeader(p, s, word & FLAG_BITS);
    const rest: u32 = (p + s) >>> 0;
    this.setPrevious(rest, p);
    this.addFreeBlock(rest, (size - s) >>> 0);
  }

  private markLive(p: u32): void {
    const word: u32 = headerWord(this.memory, p);
    this.setHeader(p, sizeIn(word), word & PREV_FREE_BIT);
    clearFlags(this.memory, p + sizeIn(word), PREV_FREE_BIT);
    this.starts.set(this.granuleOf(p), LIVE);
  }

  /** Grows or shrinks live block p to size s without moving it, if its neighbour allows. */
  private resizeInPlace(p: u32, s: u32): boolean {
    const size: u32 = this.sizeOf(p);
    if (s <= size) {
      this.trimTo(p, s);
      return true;
    }
    const next: u32 = (p + size) >>> 0;
    if (!this.isFree(next)) return false;
    const nextSize: u32 = this.sizeOf(next);
    if (size + nextSize < s) return false;
    this.lists.remove(next, nextSize);
    const after: u32 = (next + nextSize) >>> 0;
    this.setHeader(p, size + nextSize, this.flagsOf(p));
    this.setPrevious(after, p);
    clearFlags(this.memory, after, PREV_FREE_BIT);
    this.trimTo(p, s);
    return true;
  }

  // ---- release ----

  /** Frees live block p, merging it with free physical neighbours at once (boundary tags). */
  private release(p: u32): void {
    this.starts.set(this.granuleOf(p), FREED);
    const word: u32 = headerWord(this.memory, p);
    let start: u32 = p;
    let size: u32 = sizeIn(word);
    if ((word & PREV_FREE_BIT) !== 0) {
      start = previousBlock(this.memory, p);
      const previousSize: u32 = this.sizeOf(start);
      this.lists.remove(start, previousSize);
      size = (size + previousSize) >>> 0;
    }
    this.addFreeBlock(start, size);
  }

  /**
   * Makes [p, p + size) a free block (its predecessor is live), merging it with the next block if
   * that is free, and puts it on its list.
   */
  private addFreeBlock(p: u32, size: u32): void {
    let total: u32 = size;
    let next: u32 = (p + size) >>> 0;
    const nextWord: u32 = headerWord(this.memory, next);
    if ((nextWord & FREE_BIT) !== 0) {
      this.lists.remove(next, sizeIn(nextWord));
      total = (total + sizeIn(nextWord)) >>> 0;
      next = (p + total) >>> 0;
    }
    this.setHeader(p, total, FREE_BIT);
    this.setPrevious(next, p);
    setFlags(this.memory, next, PREV_FREE_BIT);
    this.lists.insert(p, total);
  }

  // ---- validation ----

  /** None when address is a live block's start; otherwise which misuse it is. */
  private check(address: number): AllocFault {
    const offset: number = address - this.base;
    if (!(offset >= this.first && offset < this.end) || offset !== Math.floor(offset)) {
      return AllocFault.NeverAllocated;
    }
    const relative: u32 = (offset - this.first) >>> 0;
    if ((relative & (GRANULE - 1)) === 0 && this.starts.get(relative >>> GRANULE_LOG2) === LIVE) {
      return AllocFault.None;
    }
    return this.classify(offset >>> 0);
  }

  /** For a bad address inside the heap: inside a live block, freed before, or never a block. */
  private classify(offset: u32): AllocFault {
    const relative: u32 = (offset - this.first) >>> 0;
    const granule: u32 = relative >>> GRANULE_LOG2;
    const owner: i32 = this.starts.previousWith(granule, LIVE);
    if (owner >= 0) {
      const p: u32 = (this.first + ((owner << GRANULE_LOG2) >>> 0)) >>> 0;
      if (offset < p + this.usableOf(p)) return AllocFault.InteriorPointer;
    }
    if ((relative & (GRANULE - 1)) === 0 && this.starts.get(granule) === FREED) {
      return AllocFault.DoubleFree;
    }
    return AllocFault.NeverAllocated;
  }

  /** Counts a failed request, reports `fault` unless it is None (out of memory), returns 0. */
  private refuse(fault: AllocFault, address: number, detail: number): u32 {
    this.stats.failureCount += 1;
    if (fault !== AllocFault.None) this.fault(fault, address, detail);
    return 0;
  }

  private fault(fault: AllocFault, address: number, detail: number): void {
    this.stats.faultCount += 1;
    this.report(fault, address, detail);
  }

  // ---- block headers (blocks.ts) ----

  private sizeOf(p: u32): u32 {
    return blockSize(this.memory, p);
  }

  private flagsOf(p: u32): u32 {
    return blockFlags(this.memory, p);
  }

  private isFree(p: u32): boolean {
    return isFreeBlock(this.memory, p);
  }

  private setHeader(p: u32, size: u32, flags: u32): void {
    setBlockHeader(this.memory, p, size, flags);
  }

  private setPrevious(p: u32, previous: u32): void {
    setPreviousBlock(this.memory, p, previous);
  }

  private usableOf(p: u32): u32 {
    return (this.sizeOf(p) - HEADER) >>> 0;
  }

  private granuleOf(p: u32): u32 {
    return (p - this.first) >>> GRANULE_LOG2;
  }

  private isAligned(p: u32, align: u32): boolean {
    return (((this.baseLow + p) >>> 0) & (align - 1)) === 0;
  }
}

/** Block size holding `size` usable bytes: header included, a multiple of 16, at least 16. */
function blockSizeFor(size: u32): u32 {
  return size <= MIN_BLOCK - HEADER ? MIN_BLOCK : roundUp(size + HEADER, GRANULE);
}

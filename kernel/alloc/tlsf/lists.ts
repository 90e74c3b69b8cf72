// The two-level segregated free lists of TLSF (Masmano et al., ECRTS 2004, sections 3.1-3.2): a
// first level per power of two of the block size, 32 linear second-level lists inside each, and
// a bitmap per level so that the first non-empty list at or above a size class is found with two
// bit scans. Used only by tlsf.ts; it also keeps stats.bytesFree (sum of free blocks' usable bytes).

import { AllocatorStats } from "../allocator";
import { highestBit, lowestBit } from "../bits";
import { GRANULE_LOG2, HEADER, blockSize, nextFreeBlock, previousFreeBlock } from "./blocks";
import { setFreeLinks, setNextFreeBlock, setPreviousFreeBlock } from "./blocks";

/** Second-level lists per power of two: 2^5 = 32 (the paper's SLI parameter). */
const SL_LOG2: u32 = 5;
const SL_COUNT: u32 = 32;
/** Below this, sizes map linearly to the 32 lists of first level 0, one per granule. */
const SMALL_BLOCK: u32 = 1 << (SL_LOG2 + GRANULE_LOG2);
/** First level of a size s >= SMALL_BLOCK: floor(log2(s)) - FL_SHIFT (so 512 is level 1). */
const FL_SHIFT: u32 = SL_LOG2 + GRANULE_LOG2 - 1;
/** Sizes are below 2^32: first levels 0..23. */
const FL_COUNT: u32 = 32 - FL_SHIFT;

export class SegregatedLists {
  private readonly memory: Uint8Array;
  private readonly stats: AllocatorStats;
  /** Bit fl set when some list of first level fl is non-empty; bit sl of slBitmaps[fl] likewise. */
  private flBitmap: u32 = 0;
  private readonly slBitmaps: Uint32Array = new Uint32Array(FL_COUNT);
  /** Head payload offset of each list, index fl * 32 + sl; 0 when empty. */
  private readonly heads: Uint32Array = new Uint32Array(FL_COUNT * SL_COUNT);

  constructor(memory: Uint8Array, stats: AllocatorStats) {
    this.memory = memory;
    this.stats = stats;
  }

  insert(p: u32, size: u32): void {
    const index: u32 = classOf(size);
    const head: u32 = this.heads[index];
    setFreeLinks(this.memory, p, head, 0);
    if (head !== 0) setPreviousFreeBlock(this.memory, head, p);
    this.heads[index] = p;
    this.flBitmap = (this.flBitmap | (1 << (index >>> SL_LOG2))) >>> 0;
    this.slBitmaps[index >>> SL_LOG2] |= 1 << (index & (SL_COUNT - 1));
    this.stats.bytesFree += size - HEADER;
  }

  remove(p: u32, size: u32): void {
    const index: u32 = classOf(size);
    const next: u32 = nextFreeBlock(this.memory, p);
    const previous: u32 = previousFreeBlock(this.memory, p);
    if (previous !== 0) setNextFreeBlock(this.memory, previous, next);
    else this.heads[index] = next;
    if (next !== 0) setPreviousFreeBlock(this.memory, next, previous);
    if (this.heads[index] === 0) {
      const fl: u32 = index >>> SL_LOG2;
      this.slBitmaps[fl] &= ~(1 << (index & (SL_COUNT - 1)));
      if (this.slBitmaps[fl] === 0) this.flBitmap = (this.flBitmap & ~(1 << fl)) >>> 0;
    }
    this.stats.bytesFree -= size - HEADER;
  }

  /** Removes and returns a free block of size >= need, or 0. O(1) unless memory is nearly full. */
  take(need: u32): u32 {
    let p: u32 = 0;
    if (need < SMALL_BLOCK) {
      p = this.findSuitable(classOf(need));
    } else {
      // Good fit (paper section 3.2): round up to the next list so any block found is big enough.
      const rounded: number = need + (1 << (highestBit(need) - SL_LOG2)) - 1;
      if (rounded <= 0xffffffff) p = this.findSuitable(classOf(rounded));
      // Nearly full: the list holding `need` itself may still have a big enough block.
      if (p === 0) p = this.firstFitIn(classOf(need), need);
    }
    if (p !== 0) this.remove(p, blockSize(this.memory, p));
    return p;
  }

  /** Size of the largest free block (0 if none): a scan of the highest non-empty list. */
  largest(): u32 {
    if (this.flBitmap === 0) return 0;
    const fl: u32 = highestBit(this.flBitmap);
    const index: u32 = (fl << SL_LOG2) + highestBit(this.slBitmaps[fl]);
    let largest: u32 = 0;
    for (let p: u32 = this.heads[index]; p !== 0; p = nextFreeBlock(this.memory, p)) {
      const size: u32 = blockSize(this.memory, p);
      if (size > largest) largest = size;
    }
    return largest;
  }

  /** Head of the first non-empty list at or above `index`, found with two bit scans, or 0. */
  private findSuitable(index: u32): u32 {
    let fl: u32 = index >>> SL_LOG2;
    let slMap: u32 = (this.slBitmaps[fl] & (-1 << (index & (SL_COUNT - 1)))) >>> 0;
    if (slMap === 0) {
      const flMap: u32 = fl + 1 < FL_COUNT ? (this.flBitmap & (-1 << (fl + 1))) >>> 0 : 0;
      if (flMap === 0) return 0;
      fl = lowestBit(flMap);
      slMap = this.slBitmaps[fl];
    }
    return this.heads[(fl << SL_LOG2) + lowestBit(slMap)];
  }

  private firstFitIn(index: u32, need: u32): u32 {
    for (let p: u32 = this.heads[index]; p !== 0; p = nextFreeBlock(this.memory, p)) {
      if (blockSize(this.memory, p) >= need) return p;
    }
    return 0;
  }
}

/** The list index fl * 32 + sl of a block size (paper section 3.1, mapping function). */
function classOf(size: u32): u32 {
  if (size < SMALL_BLOCK) return size >>> GRANULE_LOG2;
  const log2: u32 = highestBit(size);
  const sl: u32 = (size >>> (log2 - SL_LOG2)) & (SL_COUNT - 1);
  return (((log2 - FL_SHIFT) << SL_LOG2) | sl) >>> 0;
}

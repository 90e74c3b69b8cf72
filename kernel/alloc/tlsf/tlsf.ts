// Two-Level Segregated Fit allocator: constant-time allocate and free with immediate coalescing,
// the structure described by M. Masmano, I. Ripoll, A. Crespo and J. Real, "TLSF: a New Dynamic
// Memory Allocator for Real-Time Systems", ECRTS 2004 (section 3: segregated free lists indexed by
// a first level, the power of two of the size, and a second level that splits each power of two
// linearly; two levels of bitmaps find a non-empty list with a bit scan; boundary tags give the
// physical neighbours for coalescing). Written for yao from the paper's description.
// kernel/boot constructs it through createTlsfAllocator when an app selects "tlsf"; everything else
// reaches it through the Allocator interface (kernel/alloc/allocator.ts).
//
// Layout: the allocator sees the managed memory as u32 words (bits.ts: wordViewFrom), word 0 at
// physical address `origin`, the first 16-aligned address of the range (so a payload's address is
// 16-aligned exactly when its word index is a multiple of 4). Every block is named by the word
// index b of its payload and has an 8-byte header just below it holding the physical predecessor
// (boundary tag) and the size with FREE and PREV_FREE flags (blocks.ts). A live block's usable size
// is its size - 8; a free block keeps its list links in its payload (lists.ts has the two-level
// lists). The view starts with the lists' control block, then a StateMap recording, per 16-byte
// granule of the view, whether a live block starts there (LIVE) or a block that started there was
// freed (FREED): free() trusts nothing in the headers until the map says the address is a live
// block. The heap follows and ends with a sentinel block of size 0 that is never free.
//
// Why fixed word indices for the control block and the map: a constant folds into the index
// arithmetic, so the hot paths (allocate, free, reallocate) read no layout field, only `words`,
// `origin` and the range bounds.
import { AllocFault, AllocatorStats, MAX_MANAGED_BYTES, MIN_ALIGN, PAGE_SIZE } from "../allocator";
import { Allocator, FaultReporter } from "../allocator";
import { copyWords, isPowerOfTwo, wordView, wordViewFrom, zeroWords } from "../bits";
import { StateMap, entryWordsFor, mapWriteChunk } from "../state-map";
import { FLAG_BITS, FREE_BIT, GRANULE, GRANULE_LOG2, HEADER, MIN_BLOCK, PREV_FREE_BIT } from "./blocks";
import { CONTROL_WORDS, clearLists, freeBlock, freeBytes, insertFree, largestFree, removeFree, takeBlock } from "./lists";

const LIVE: u32 = 1;
const FREED: u32 = 2;
/** StateMap chunks of 2^14 granules (256 KiB of heap): 512 bytes of chunk flags per GiB. */
const MAP_CHUNK_LOG2: u32 = 14;
/** The StateMap's chunk flags, right after the control block: room for the 2^14 chunks of
 *  MAX_MANAGED_BYTES (2^28 granules). */
const MAP_FLAGS_AT: u32 = CONTROL_WORDS;
const MAP_FLAG_WORDS: u32 = 512;
/** Its entries: entry g is the granule of words 4g..4g+3. */
const MAP_ENTRIES_AT: u32 = MAP_FLAGS_AT + MAP_FLAG_WORDS;

/** A TLSF allocator over memory, which is the physical range [base, base + memory.length). */
export function createTlsfAllocator(memory: Uint8Array, base: number, report: FaultReporter): Allocator {
  return new Tlsf(memory, base, report);
}

// Integer arguments and results between the methods below are written `x >>> 0` where they are
// not integers on their face (see lists.ts): that keeps every one of them a machine integer.
class Tlsf implements Allocator {
  private readonly words: Uint32Array;
  /** Physical address of words[0] (16-aligned), and its low 32 bits for larger alignments. */
  private readonly origin: number;
  private readonly originLow: u32;
  private readonly report: FaultReporter;
  private readonly stats: AllocatorStats = new AllocatorStats("tlsf");
  /** Byte offsets of the first block's payload and of the end sentinel's (0: range refused). */
  private firstByte: number = 0;
  private endByte: number = 0;
  /** The same map as mapGet/mapSet see, for the backward scans of the error paths. */
  private readonly starts: StateMap;

  constructor(memory: Uint8Array, base: number, report: FaultReporter) {
    const length: u32 = memory.length < MAX_MANAGED_BYTES ? memory.length : MAX_MANAGED_BYTES;
    const lead: u32 = (GRANULE - ((base >>> 0) & (GRANULE - 1))) & (GRANULE - 1);
    const aligned: boolean = ((memory.byteOffset + lead) & 3) === 0;
    const words: Uint32Array = aligned ? wordViewFrom(memory, lead, length >>> 0) : wordView(memory, length >>> 0);
    this.words = words;
    this.origin = base + lead;
    this.originLow = this.origin >>> 0;
    this.report = report;
    const granules: u32 = ((words.length + 3) >>> 2) >>> 0;
    const entryWords: u32 = entryWordsFor(granules, MAP_CHUNK_LOG2) >>> 0;
    // The first payload's header must fit above the map; payloads sit at multiples of 4 words.
    const first: u32 = ((MAP_ENTRIES_AT + entryWords + 2 + 3) & ~3) >>> 0;
    const tooSmall: boolean = words.length < first + MIN_BLOCK / 4;
    this.starts = new StateMap(words, MAP_FLAGS_AT, MAP_ENTRIES_AT, tooSmall ? 0 : granules, MAP_CHUNK_LOG2);
    if (!aligned || tooSmall) {
      this.fault(tooSmall ? AllocFault.RangeTooSmall : AllocFault.UnalignedView, base, length);
      return;
    }
    const end: u32 = (first + ((words.length - first) & ~3)) >>> 0;
    this.firstByte = first * 4;
    this.endByte = end * 4;
    clearLists(words);
    const size: u32 = ((end - first) * 4) >>> 0;
    words[first - 2] = 0;
    words[first - 1] = size | FREE_BIT;
    words[end - 2] = first;
    words[end - 1] = PREV_FREE_BIT;
    insertFree(words, first, size);
    this.stats.bytesFree = freeBytes(words);
    this.stats.capacity = this.stats.bytesFree;
  }

  allocate(size: u32, align: u32): number {
    const stats: AllocatorStats = this.stats;
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, 0, align);
    if (size > stats.capacity) return this.refuse(AllocFault.None, 0, size);
    const words = this.words;
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    const b: u32 = takeBlock(words, blockBytesFor(size >>> 0) >>> 0, a, a > GRANULE ? this.originLow >>> 0 : 0) >>> 0;
    if (b === 0) return this.refuse(AllocFault.None, 0, size);
    // markLive, written out.
    const chunk: u32 = b >>> (2 + MAP_CHUNK_LOG2);
    if (((words[MAP_FLAGS_AT + (chunk >>> 5)] >>> (chunk & 31)) & 1) === 0) {
      mapWriteChunk(words, MAP_FLAGS_AT, MAP_ENTRIES_AT, MAP_CHUNK_LOG2, chunk);
    }
    const at: u32 = (MAP_ENTRIES_AT + (b >>> 6)) >>> 0;
    const shift: u32 = ((b >>> 2) & 15) << 1;
    words[at] = (words[at] & ~(3 << shift)) | (LIVE << shift);
    stats.bytesFree = freeBytes(words);
    stats.noteAllocation(((words[b - 1] & ~FLAG_BITS) - HEADER) >>> 0);
    return this.origin + b * 4;
  }

  allocateZeroed(size: u32, align: u32): number {
    const address: number = this.allocate(size, align);
    if (address === 0) return 0;
    const b: u32 = ((address - this.origin) / 4) >>> 0;
    // Whole words: a block's usable size is a multiple of 8, so the last word is inside it.
    zeroWords(this.words, b, (b + (((size >>> 0) + 3) >>> 2)) >>> 0);
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
    const b: u32 = this.liveBlockAt(address) >>> 0;
    if (b === 0) return this.refuse(this.misuseAt(address), address, size);
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, address, align);
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, address, size);
    const words = this.words;
    const s: u32 = size >>> 0;
    const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
    const oldUsable: u32 = ((words[b - 1] & ~FLAG_BITS) - HEADER) >>> 0;
    const aligned: boolean = a === MIN_ALIGN || (((this.originLow >>> 0) + b * 4) & (a - 1)) === 0;
    if (aligned && this.resizeInPlace(words, b, blockBytesFor(s) >>> 0)) {
      this.stats.bytesFree = freeBytes(words);
      this.stats.noteReallocation(oldUsable, ((words[b - 1] & ~FLAG_BITS) - HEADER) >>> 0);
      return address;
    }
    const q: u32 = takeBlock(words, blockBytesFor(s) >>> 0, a, a > GRANULE ? this.originLow >>> 0 : 0) >>> 0;
    if (q === 0) return this.refuse(AllocFault.None, 0, size);
    markLive(words, q);
    const kept: u32 = oldUsable < s ? oldUsable : s;
    copyWords(words, b, q, (kept + 3) >>> 2);
    this.release(words, b);
    this.stats.bytesFree = freeBytes(words);
    this.stats.noteReallocation(oldUsable, ((words[q - 1] & ~FLAG_BITS) - HEADER) >>> 0);
    return this.origin + q * 4;
  }

  free(address: number): AllocFault {
    if (address === 0) return AllocFault.None;
    const words = this.words;
    // liveBlockAt, written out: free is the most frequent call of all.
    const offset: number = address - this.origin;
    const o: u32 = offset >>> 0;
    const inRange: boolean = offset >= this.firstByte && offset < this.endByte && o === offset;
    // The StateMap entry of o's granule (state-map.ts, mapGet), read only once its chunk is written.
    const g: u32 = o >>> GRANULE_LOG2;
    const chunk: u32 = g >>> MAP_CHUNK_LOG2;
    const written: boolean = inRange && ((words[MAP_FLAGS_AT + (chunk >>> 5)] >>> (chunk & 31)) & 1) !== 0;
    if (!written || (o & (GRANULE - 1)) !== 0 || ((words[MAP_ENTRIES_AT + (g >>> 4)] >>> ((g & 15) << 1)) & 3) !== LIVE) {
      const fault: AllocFault = this.misuseAt(address);
      this.fault(fault, address, 0);
      return fault;
    }
    const b: u32 = o >>> 2;
    const word: u32 = words[b - 1];
    const stats: AllocatorStats = this.stats;
    stats.noteFree(((word & ~FLAG_BITS) - HEADER) >>> 0);
    // release, written out; the entry's chunk is written, since b is live.
    const at: u32 = (MAP_ENTRIES_AT + (g >>> 4)) >>> 0;
    const shift: u32 = (g & 15) << 1;
    words[at] = (words[at] & ~(3 << shift)) | (FREED << shift);
    freeBlock(words, b, (word & ~FLAG_BITS) >>> 0, (word & PREV_FREE_BIT) !== 0);
    stats.bytesFree = freeBytes(words);
    return AllocFault.None;
  }

  usableSize(address: number): u32 {
    const b: u32 = this.liveBlockAt(address) >>> 0;
    if (b === 0) {
      this.fault(this.misuseAt(address), address, 0);
      return 0;
    }
    return ((this.words[b - 1] & ~FLAG_BITS) - HEADER) >>> 0;
  }

  largestFreeBlock(): u32 {
    if (this.endByte === 0) return 0; // the range was refused at construction
    const largest: u32 = largestFree(this.words) >>> 0;
    return largest === 0 ? 0 : (largest - HEADER) >>> 0;
  }

  statistics(): AllocatorStats {
    return this.stats;
  }

  // ---- reallocation ----
  // (allocate and free do their whole job with few calls on purpose: free writes out liveBlockAt
  // and release, lists.ts's takeBlock and freeBlock write out the list operations. Every call in
  // the generated C costs a prologue, a stack check and a reload of the word view, and gcc inlines
  // only tiny functions.)

  /** Grows or shrinks live block b to `bytes` without moving it, if its neighbour allows. */
  private resizeInPlace(words: Uint32Array, b: u32, bytes: u32): boolean {
    const word: u32 = words[b - 1];
    const size: u32 = (word & ~FLAG_BITS) >>> 0;
    if (bytes <= size) {
      this.shrink(words, b, bytes);
      return true;
    }
    const next: u32 = (b + (size >>> 2)) >>> 0;
    const nextWord: u32 = words[next - 1];
    if ((nextWord & FREE_BIT) === 0) return false;
    const nextSize: u32 = (nextWord & ~FLAG_BITS) >>> 0;
    if (size + nextSize < bytes) return false;
    removeFree(words, next, nextSize);
    const following: u32 = (next + (nextSize >>> 2)) >>> 0;
    words[b - 1] = (size + nextSize) | (word & PREV_FREE_BIT);
    words[following - 2] = b;
    words[following - 1] = words[following - 1] & ~PREV_FREE_BIT;
    this.shrink(words, b, bytes);
    return true;
  }

  /** Cuts live block b down to `bytes`, freeing the tail (merged with a free successor). */
  private shrink(words: Uint32Array, b: u32, bytes: u32): void {
    const word: u32 = words[b - 1];
    const size: u32 = (word & ~FLAG_BITS) >>> 0;
    if (size - bytes < MIN_BLOCK) return;
    words[b - 1] = bytes | (word & PREV_FREE_BIT);
    const rest: u32 = (b + (bytes >>> 2)) >>> 0;
    words[rest - 2] = b;
    freeBlock(words, rest, (size - bytes) >>> 0, false);
  }

  // ---- release ----

  /**
   * Frees live block b (its header intact), merging it with free physical neighbours at once.
   * (free does the same, written out.)
   */
  private release(words: Uint32Array, b: u32): void {
    setStart(words, b, FREED);
    const word: u32 = words[b - 1];
    freeBlock(words, b, (word & ~FLAG_BITS) >>> 0, (word & PREV_FREE_BIT) !== 0);
  }

  // ---- validation ----

  /** The word index of the live block starting at `address`, or 0 if it is not one. */
  private liveBlockAt(address: number): u32 {
    const offset: number = address - this.origin;
    if (!(offset >= this.firstByte && offset < this.endByte)) return 0;
    const o: u32 = offset >>> 0;
    if (o !== offset || (o & (GRANULE - 1)) !== 0) return 0;
    return startState(this.words, o >>> GRANULE_LOG2) === LIVE ? o >>> 2 : 0;
  }

  /** For an address that is not a live block's start: which misuse passing it is. */
  private misuseAt(address: number): AllocFault {
    const offset: number = address - this.origin;
    if (!(offset >= this.firstByte && offset < this.endByte) || offset !== Math.floor(offset)) {
      return AllocFault.NeverAllocated;
    }
    const o: u32 = offset >>> 0;
    const granule: u32 = o >>> GRANULE_LOG2;
    const owner: i32 = this.starts.previousWith(granule, LIVE) | 0;
    if (owner >= 0) {
      const b: u32 = (owner * 4) >>> 0;
      if (o < b * 4 + (this.words[b - 1] & ~FLAG_BITS) - HEADER) return AllocFault.InteriorPointer;
    }
    if ((o & (GRANULE - 1)) === 0 && this.starts.get(granule) === FREED) return AllocFault.DoubleFree;
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
}

/** Block size holding `size` usable bytes: header included, a multiple of 16, at least 16. */
function blockBytesFor(size: u32): u32 {
  return size <= MIN_BLOCK - HEADER ? MIN_BLOCK : ((size + HEADER + GRANULE - 1) & ~(GRANULE - 1)) >>> 0;
}

/** The StateMap entry of granule g: mapGet with this allocator's fixed layout. */
function startState(words: Uint32Array, g: u32): u32 {
  const chunk: u32 = g >>> MAP_CHUNK_LOG2;
  if (((words[MAP_FLAGS_AT + (chunk >>> 5)] >>> (chunk & 31)) & 1) === 0) return 0;
  return (words[MAP_ENTRIES_AT + (g >>> 4)] >>> ((g & 15) << 1)) & 3;
}

/** Marks block b LIVE in the StateMap, writing its chunk first if it never was (mapSet). */
function markLive(words: Uint32Array, b: u32): void {
  const chunk: u32 = b >>> (2 + MAP_CHUNK_LOG2);
  if (((words[MAP_FLAGS_AT + (chunk >>> 5)] >>> (chunk & 31)) & 1) === 0) {
    mapWriteChunk(words, MAP_FLAGS_AT, MAP_ENTRIES_AT, MAP_CHUNK_LOG2, chunk);
  }
  setStart(words, b, LIVE);
}

/**
 * Sets the StateMap entry of block b's granule, whose chunk must have been written (mapSet without
 * the check: markLive writes the chunk before marking a block LIVE, so a block's chunk is written for
 * as long as the block exists).
 */
function setStart(words: Uint32Array, b: u32, state: u32): void {
  const at: u32 = (MAP_ENTRIES_AT + (b >>> 6)) >>> 0;
  const shift: u32 = ((b >>> 2) & 15) << 1;
  words[at] = (words[at] & ~(3 << shift)) | (state << shift);
}

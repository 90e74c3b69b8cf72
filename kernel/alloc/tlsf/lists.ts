// The two-level segregated free lists of TLSF (Masmano et al., ECRTS 2004, sections 3.1-3.2): a
// first level per power of two of the block size, 32 linear second-level lists inside each, and a
// bitmap per level so that the first non-empty list at or above a size class is found with two bit
// scans; and the free-block operations on them: taking a block for an allocation (cutting off an
// alignment gap and a tail) and freeing one (merging it with its physical neighbours). Used only by
// tlsf.ts, which marks blocks in its StateMap and copies the free byte count (kept here as the
// lists change) into stats.bytesFree.
//
// The control block lives in the managed memory, the first CONTROL_WORDS words of the allocator's
// word view: the first-level bitmap, the 24 second-level bitmaps, the free byte count, then the
// 768 list heads (payload word index of the first block, index fl * 32 + sl). A head is read only
// while its bitmap bit says the list is non-empty, so construction clears the bitmaps and never
// the heads. Fixed word indices, not a position kept in a field: the hot paths index with
// constants.
// A block is known to be the head of its list by its list's head word, never by its PREV link,
// which is stale in a head: so taking the head (most allocations) and inserting a block never
// write to the block that becomes or stops being the second one, a likely cache miss.
//
// Arguments and results are written `x >>> 0` where they come from another call: the compiler
// proves a parameter an integer only from what every call passes, one call level per pass over
// the program, and a value that is an integer on its face needs no earlier pass (bits.ts).
import { zeroWords } from "../bits";
import { FLAG_BITS, FREE_BIT, GRANULE, GRANULE_LOG2, HEADER, MIN_BLOCK, PREV_FREE_BIT } from "./blocks";

/** Second-level lists per power of two: 2^5 = 32 (the paper's SLI parameter). */
const SL_LOG2: u32 = 5;
const SL_COUNT: u32 = 32;
/** Below this (2^(SL_LOG2 + GRANULE_LOG2)), sizes map linearly to the 32 lists of first level 0. */
const SMALL_BLOCK: u32 = 512;
/** First level of a size s >= SMALL_BLOCK: floor(log2(s)) - FL_SHIFT (so 512 is level 1). */
const FL_SHIFT: u32 = 8;
/** Sizes are below 2^32: first levels 0..23. */
const FL_COUNT: u32 = 24;
/** Word indices of the control block. */
const FL_BITMAP: u32 = 0;
const SL_BITMAPS: u32 = 1;
/** Usable bytes of all free blocks (below 2^32: the heap is). */
const FREE_BYTES: u32 = 25;
const HEADS: u32 = 32;
/** FL_COUNT * SL_COUNT: a list index past the last, for "no list". */
const LIST_COUNT: u32 = 768;
export const CONTROL_WORDS: u32 = 800; // HEADS + FL_COUNT * SL_COUNT

/** Every list empty. */
export function clearLists(words: Uint32Array): void {
  zeroWords(words, FL_BITMAP, FREE_BYTES + 1);
}

/** Usable bytes of all free blocks. */
export function freeBytes(words: Uint32Array): u32 {
  return words[FREE_BYTES];
}

/** Puts free block b of `size` bytes at the head of its list. */
export function insertFree(words: Uint32Array, b: u32, size: u32): void {
  const index: u32 = listOf(size >>> 0) >>> 0;
  const fl: u32 = index >>> SL_LOG2;
  const bit: i32 = 1 << (index & (SL_COUNT - 1));
  const slMap: u32 = words[SL_BITMAPS + fl];
  const head: u32 = (slMap & bit) !== 0 ? words[HEADS + index] : 0;
  words[b] = head;
  if (head !== 0) words[head + 1] = b;
  words[HEADS + index] = b;
  if (head === 0) {
    words[SL_BITMAPS + fl] = slMap | bit;
    words[FL_BITMAP] = words[FL_BITMAP] | (1 << fl);
  }
  words[FREE_BYTES] = ((words[FREE_BYTES] >>> 0) + size - HEADER) >>> 0;
}

/**
 * Makes [b, b + size bytes) a free block, merged with its predecessor if `previousFree` and with
 * its successor if that is free (boundary tags, blocks.ts), and puts it on its list. Most of every
 * free: one function, with insertFree written out, since each call in the generated C costs a
 * prologue and a reload of the word view.
 */
export function freeBlock(words: Uint32Array, b: u32, size: u32, previousFree: boolean): void {
  let start: u32 = b;
  let total: u32 = size;
  if (previousFree) {
    start = words[b - 2];
    const previousSize: u32 = (words[start - 1] & ~FLAG_BITS) >>> 0;
    removeFree(words, start, previousSize);
    total = (total + previousSize) >>> 0;
  }
  let next: u32 = (start + (total >>> 2)) >>> 0;
  const nextWord: u32 = words[next - 1];
  if ((nextWord & FREE_BIT) !== 0) {
    const nextSize: u32 = (nextWord & ~FLAG_BITS) >>> 0;
    removeFree(words, next, nextSize);
    total = (total + nextSize) >>> 0;
    next = (start + (total >>> 2)) >>> 0;
  }
  words[start - 1] = total | FREE_BIT;
  words[next - 2] = start;
  words[next - 1] = words[next - 1] | PREV_FREE_BIT;
  // insertFree(words, start, total):
  const index: u32 = listOf(total) >>> 0;
  const fl: u32 = index >>> SL_LOG2;
  const bit: i32 = 1 << (index & (SL_COUNT - 1));
  const slMap: u32 = words[SL_BITMAPS + fl];
  const head: u32 = (slMap & bit) !== 0 ? words[HEADS + index] : 0;
  words[start] = head;
  if (head !== 0) words[head + 1] = start;
  words[HEADS + index] = start;
  if (head === 0) {
    words[SL_BITMAPS + fl] = slMap | bit;
    words[FL_BITMAP] = words[FL_BITMAP] | (1 << fl);
  }
  words[FREE_BYTES] = ((words[FREE_BYTES] >>> 0) + total - HEADER) >>> 0;
}

/** Unlinks free block b of `size` bytes from its list. */
export function removeFree(words: Uint32Array, b: u32, size: u32): void {
  const index: u32 = listOf(size >>> 0) >>> 0;
  const next: u32 = words[b];
  words[FREE_BYTES] = ((words[FREE_BYTES] >>> 0) - (size - HEADER)) >>> 0;
  const head: u32 = words[HEADS + index];
  if (head === b) {
    // The head: its successor becomes the head and keeps its stale PREV link.
    if (next !== 0) words[HEADS + index] = next;
    else emptied(words, index);
    return;
  }
  const previous: u32 = words[b + 1];
  words[previous] = next;
  if (next !== 0) words[next + 1] = previous;
}

/**
 * Takes a free block for a live block of `bytes` (a block size: a multiple of 16, at least 16)
 * whose payload address, originLow + 4b, is aligned to `align` (a power of two, at least 16): the
 * block comes off its list, the part before the alignment (if any) and the tail past `bytes` (if
 * it can be a block) go back as free blocks. Returns the payload word index b, its header saying
 * live (the StateMap is the caller's), or 0 if no free block is big enough. O(1) unless memory is
 * nearly full. Most of every allocation: one function, the list search and the tail's insertFree
 * written out (see freeBlock).
 */
export function takeBlock(words: Uint32Array, bytes: u32, align: u32, originLow: u32): u32 {
  // Room for the worst leading gap; every gap is a multiple of 16, hence a valid free block.
  const need: number = align > GRANULE ? bytes + align - GRANULE : bytes;
  if (need > 0xffffffff) return 0;
  let index: u32 = need >>> GRANULE_LOG2;
  if (need >= SMALL_BLOCK) {
    // Good fit (paper section 3.2): round up to the next list so any block found is big enough.
    const rounded: number = need + (1 << (31 - Math.clz32(need) - SL_LOG2)) - 1;
    index = rounded > 0xffffffff ? LIST_COUNT : listOf(rounded >>> 0) >>> 0;
  }
  // The first non-empty list at or above index, with two bit scans; its head is the block.
  let fl: u32 = index >>> SL_LOG2;
  let slMap: u32 = fl < FL_COUNT ? (words[SL_BITMAPS + fl] & (-1 << (index & (SL_COUNT - 1)))) >>> 0 : 0;
  if (slMap === 0) {
    const flMap: u32 = fl + 1 < FL_COUNT ? (words[FL_BITMAP] & (-1 << (fl + 1))) >>> 0 : 0;
    if (flMap !== 0) {
      fl = lowest(flMap >>> 0) >>> 0;
      slMap = words[SL_BITMAPS + fl];
    }
  }
  let b: u32 = 0;
  if (slMap !== 0) {
    const list: u32 = ((fl << SL_LOG2) + (lowest(slMap >>> 0) >>> 0)) >>> 0;
    b = words[HEADS + list];
    const after: u32 = words[b];
    if (after === 0) emptied(words, list);
    else words[HEADS + list] = after;
    words[FREE_BYTES] = ((words[FREE_BYTES] >>> 0) - ((words[b - 1] & ~FLAG_BITS) - HEADER)) >>> 0;
  } else if (need >= SMALL_BLOCK) {
    b = takeFitting(words, need >>> 0) >>> 0;
  }
  if (b === 0) return 0;
  if (align > GRANULE) b = skipToAlignment(words, b, align, originLow) >>> 0;
  // Cut b down to `bytes`. Its successor is live (free blocks never touch): the tail needs no
  // merging, and without a tail the successor's PREV_FREE goes.
  const word: u32 = words[b - 1];
  const size: u32 = (word & ~FLAG_BITS) >>> 0;
  const next: u32 = (b + (size >>> 2)) >>> 0;
  if (size - bytes < MIN_BLOCK) {
    words[b - 1] = size | (word & PREV_FREE_BIT);
    words[next - 1] = words[next - 1] & ~PREV_FREE_BIT;
    return b;
  }
  const rest: u32 = (b + (bytes >>> 2)) >>> 0;
  const restSize: u32 = (size - bytes) >>> 0;
  words[b - 1] = bytes | (word & PREV_FREE_BIT);
  words[rest - 2] = b;
  words[rest - 1] = restSize | FREE_BIT;
  words[next - 2] = rest;
  // insertFree(words, rest, restSize):
  const restList: u32 = listOf(restSize) >>> 0;
  const restFl: u32 = restList >>> SL_LOG2;
  const bit: i32 = 1 << (restList & (SL_COUNT - 1));
  const restSlMap: u32 = words[SL_BITMAPS + restFl];
  const head: u32 = (restSlMap & bit) !== 0 ? words[HEADS + restList] : 0;
  words[rest] = head;
  if (head !== 0) words[head + 1] = rest;
  words[HEADS + restList] = rest;
  if (head === 0) {
    words[SL_BITMAPS + restFl] = restSlMap | bit;
    words[FL_BITMAP] = words[FL_BITMAP] | (1 << restFl);
  }
  words[FREE_BYTES] = ((words[FREE_BYTES] >>> 0) + restSize - HEADER) >>> 0;
  return b;
}

/**
 * Splits off the part of free block b (off its list) before the first payload aligned to `align`
 * and puts it on the lists; returns the payload of the rest (b's predecessor is live, since free
 * blocks never touch, so the gap has no PREV_FREE).
 */
function skipToAlignment(words: Uint32Array, b: u32, align: u32, originLow: u32): u32 {
  const misalignment: u32 = ((originLow + b * 4) >>> 0) & (align - 1);
  if (misalignment === 0) return b;
  const gap: u32 = (align - misalignment) >>> 0;
  const size: u32 = (words[b - 1] & ~FLAG_BITS) >>> 0;
  const q: u32 = (b + (gap >>> 2)) >>> 0;
  words[b - 1] = gap | FREE_BIT;
  insertFree(words, b, gap);
  words[q - 2] = b;
  words[q - 1] = (size - gap) | FREE_BIT | PREV_FREE_BIT;
  words[q + ((size - gap) >>> 2) - 2] = q;
  return q;
}

/**
 * Nearly full, the rounded-up search found nothing: the list holding `need` itself may still have
 * a big enough block. Removes and returns the first one, or 0.
 */
function takeFitting(words: Uint32Array, need: u32): u32 {
  const index: u32 = listOf(need >>> 0) >>> 0;
  const fl: u32 = index >>> SL_LOG2;
  if ((words[SL_BITMAPS + fl] & (1 << (index & (SL_COUNT - 1)))) === 0) return 0;
  for (let b: u32 = words[HEADS + index]; b !== 0; b = words[b]) {
    const size: u32 = (words[b - 1] & ~FLAG_BITS) >>> 0;
    if (size >= need) {
      removeFree(words, b, size);
      return b;
    }
  }
  return 0;
}

/** Size of the largest free block (0 if none): a scan of the highest non-empty list. */
export function largestFree(words: Uint32Array): u32 {
  const flMap: u32 = words[FL_BITMAP];
  if (flMap === 0) return 0;
  const fl: u32 = (31 - Math.clz32(flMap)) >>> 0;
  const index: u32 = ((fl << SL_LOG2) + (31 - Math.clz32(words[SL_BITMAPS + fl]))) >>> 0;
  let largest: u32 = 0;
  for (let b: u32 = words[HEADS + index]; b !== 0; b = words[b]) {
    const size: u32 = (words[b - 1] & ~FLAG_BITS) >>> 0;
    if (size > largest) largest = size;
  }
  return largest;
}

/** The list index fl * 32 + sl of a block size (paper section 3.1, mapping function). */
function listOf(size: u32): u32 {
  if (size < SMALL_BLOCK) return size >>> GRANULE_LOG2;
  const log2: u32 = (31 - Math.clz32(size)) >>> 0;
  const sl: u32 = (size >>> (log2 - SL_LOG2)) & (SL_COUNT - 1);
  return (((log2 - FL_SHIFT) << SL_LOG2) | sl) >>> 0;
}

/** List `index` became empty: clear its bit, and its first level's when that was the last. */
function emptied(words: Uint32Array, index: u32): void {
  const fl: u32 = index >>> SL_LOG2;
  const slMap: u32 = (words[SL_BITMAPS + fl] & ~(1 << (index & (SL_COUNT - 1)))) >>> 0;
  words[SL_BITMAPS + fl] = slMap;
  if (slMap === 0) words[FL_BITMAP] = words[FL_BITMAP] & ~(1 << fl);
}

/** Index of the lowest set bit of a non-zero u32 (value ^ (value - 1) keeps it and those below). */
function lowest(value: u32): u32 {
  return (31 - Math.clz32(value ^ (value - 1))) >>> 0;
}

// The two-level segregated free lists of TLSF (Masmano et al., ECRTS 2004, sections 3.1-3.2): a
// first level per power of two of the block size, 32 linear second-level lists inside each, and
// a bitmap per level so that the first non-empty list at or above a size class is found with two
// bit scans. Used only by tlsf.ts, which keeps the byte counts (stats.bytesFree).
//
// The control block lives in the managed memory, CONTROL_WORDS words at word index `control` of
// the allocator's word view: the first-level bitmap, the 24 second-level bitmaps, then the 768 list
// heads (payload word index of the first block, index fl * 32 + sl). A head is read only while its
// bitmap bit says the list is non-empty, so construction clears the bitmaps and never the heads.
//
// Arguments and results are written `x >>> 0` where they come from another call: the compiler
// proves a parameter an integer only from what every call passes, one call level per pass over
// the program, and a value that is an integer on its face needs no earlier pass (bits.ts).
import { zeroWords } from "../bits";
import { FLAG_BITS, GRANULE_LOG2 } from "./blocks";

/** Second-level lists per power of two: 2^5 = 32 (the paper's SLI parameter). */
const SL_LOG2: u32 = 5;
const SL_COUNT: u32 = 32;
/** Below this (2^(SL_LOG2 + GRANULE_LOG2)), sizes map linearly to the 32 lists of first level 0. */
const SMALL_BLOCK: u32 = 512;
/** First level of a size s >= SMALL_BLOCK: floor(log2(s)) - FL_SHIFT (so 512 is level 1). */
const FL_SHIFT: u32 = 8;
/** Sizes are below 2^32: first levels 0..23. */
const FL_COUNT: u32 = 24;
/** Word offsets inside the control block. */
const SL_BITMAPS: u32 = 1;
const HEADS: u32 = 32;
export const CONTROL_WORDS: u32 = 800; // HEADS + FL_COUNT * SL_COUNT

/** Every list empty. */
export function clearLists(words: Uint32Array, control: u32): void {
  zeroWords(words, control >>> 0, (control + SL_BITMAPS + FL_COUNT) >>> 0);
}

/** Puts free block b of `size` bytes at the head of its list. */
export function insertFree(words: Uint32Array, control: u32, b: u32, size: u32): void {
  const index: u32 = listOf(size >>> 0) >>> 0;
  const fl: u32 = index >>> SL_LOG2;
  const bit: i32 = 1 << (index & (SL_COUNT - 1));
  const slMap: u32 = words[control + SL_BITMAPS + fl];
  const head: u32 = (slMap & bit) !== 0 ? words[control + HEADS + index] : 0;
  words[b] = head;
  words[b + 1] = 0;
  if (head !== 0) words[head + 1] = b;
  words[control + HEADS + index] = b;
  words[control + SL_BITMAPS + fl] = slMap | bit;
  words[control] = words[control] | (1 << fl);
}

/** Unlinks free block b of `size` bytes from its list. */
export function removeFree(words: Uint32Array, control: u32, b: u32, size: u32): void {
  const next: u32 = words[b];
  const previous: u32 = words[b + 1];
  if (previous !== 0) words[previous] = next;
  else if (next !== 0) words[control + HEADS + listOf(size >>> 0)] = next;
  else emptied(words, control >>> 0, listOf(size >>> 0) >>> 0);
  if (next !== 0) words[next + 1] = previous;
}

/** Removes and returns a free block of size >= need (bytes), or 0. O(1) unless memory is nearly full. */
export function takeFree(words: Uint32Array, control: u32, need: u32): u32 {
  let b: u32 = 0;
  if (need < SMALL_BLOCK) {
    b = firstAtOrAbove(words, control >>> 0, need >>> GRANULE_LOG2) >>> 0;
  } else {
    // Good fit (paper section 3.2): round up to the next list so any block found is big enough.
    const rounded: number = need + (1 << (31 - Math.clz32(need) - SL_LOG2)) - 1;
    if (rounded <= 0xffffffff) b = firstAtOrAbove(words, control >>> 0, listOf(rounded >>> 0) >>> 0) >>> 0;
    // Nearly full: the list holding `need` itself may still have a big enough block.
    if (b === 0) b = firstFitIn(words, control >>> 0, listOf(need >>> 0) >>> 0, need >>> 0) >>> 0;
  }
  if (b !== 0) removeFree(words, control >>> 0, b, (words[b - 1] & ~FLAG_BITS) >>> 0);
  return b;
}

/** Size of the largest free block (0 if none): a scan of the highest non-empty list. */
export function largestFree(words: Uint32Array, control: u32): u32 {
  const flMap: u32 = words[control];
  if (flMap === 0) return 0;
  const fl: u32 = (31 - Math.clz32(flMap)) >>> 0;
  const index: u32 = ((fl << SL_LOG2) + (31 - Math.clz32(words[control + SL_BITMAPS + fl]))) >>> 0;
  let largest: u32 = 0;
  for (let b: u32 = words[control + HEADS + index]; b !== 0; b = words[b]) {
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

/** Head of the first non-empty list at or above `index`, found with two bit scans, or 0. */
function firstAtOrAbove(words: Uint32Array, control: u32, index: u32): u32 {
  let fl: u32 = index >>> SL_LOG2;
  let slMap: u32 = (words[control + SL_BITMAPS + fl] & (-1 << (index & (SL_COUNT - 1)))) >>> 0;
  if (slMap === 0) {
    const flMap: u32 = fl + 1 < FL_COUNT ? (words[control] & (-1 << (fl + 1))) >>> 0 : 0;
    if (flMap === 0) return 0;
    fl = lowest(flMap >>> 0) >>> 0;
    slMap = words[control + SL_BITMAPS + fl];
  }
  return words[control + HEADS + ((fl << SL_LOG2) + (lowest(slMap >>> 0) >>> 0))];
}

/** First block of list `index` with at least `need` bytes, or 0. */
function firstFitIn(words: Uint32Array, control: u32, index: u32, need: u32): u32 {
  const fl: u32 = index >>> SL_LOG2;
  if ((words[control + SL_BITMAPS + fl] & (1 << (index & (SL_COUNT - 1)))) === 0) return 0;
  for (let b: u32 = words[control + HEADS + index]; b !== 0; b = words[b]) {
    if ((words[b - 1] & ~FLAG_BITS) >>> 0 >= need) return b;
  }
  return 0;
}

/** List `index` became empty: clear its bit, and its first level's when that was the last. */
function emptied(words: Uint32Array, control: u32, index: u32): void {
  const fl: u32 = index >>> SL_LOG2;
  const slMap: u32 = (words[control + SL_BITMAPS + fl] & ~(1 << (index & (SL_COUNT - 1)))) >>> 0;
  words[control + SL_BITMAPS + fl] = slMap;
  if (slMap === 0) words[control] = words[control] & ~(1 << fl);
}

/** Index of the lowest set bit of a non-zero u32 (value ^ (value - 1) keeps it and those below). */
function lowest(value: u32): u32 {
  return (31 - Math.clz32(value ^ (value - 1))) >>> 0;
}

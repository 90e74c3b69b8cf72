// Integer helpers shared by the allocators in kernel/alloc: power-of-two tests and bit scans, and
// the 32-bit word view every allocator keeps its metadata in (block headers, free-list links, slab
// headers, StateMap entries), with word-wise zeroing and copying. Pure functions; nothing here
// allocates except wordView, which each allocator calls once, at construction.
//
// Why words: yao compiles `words[i]` with an integer index to one bounds-checked load, where
// assembling a u32 from four bytes costs four, and zeroing a block a word at a time moves four
// bytes per step (the runtime's typed-array fill is no cheaper). Copies use copyWithin, which the
// runtime does with one memmove.

/** True for 1, 2, 4, ... 2^31. */
export function isPowerOfTwo(value: u32): boolean {
  const v: u32 = value >>> 0;
  return v !== 0 && ((v & (v - 1)) >>> 0) === 0;
}

/** Index of the lowest set bit of a non-zero u32. */
export function lowestBit(value: u32): u32 {
  // value ^ (value - 1) sets the lowest set bit and every bit below it.
  return (31 - Math.clz32(value ^ (value - 1))) >>> 0;
}

/** Index of the highest set bit of a non-zero u32: floor(log2(value)). */
export function highestBit(value: u32): u32 {
  return (31 - Math.clz32(value)) >>> 0;
}

/** Round value up to a multiple of the power of two `unit` (value + unit must stay below 2^32). */
export function roundUp(value: u32, unit: u32): u32 {
  return ((value + unit - 1) & -unit) >>> 0;
}

/**
 * Bytes at the start of `memory` before its first 4-byte boundary in its buffer: the allocators'
 * word view starts there. 0 for a view of physical memory (its buffer starts at the view).
 */
export function wordLead(memory: Uint8Array): u32 {
  return (4 - (memory.byteOffset & 3)) & 3;
}

/** The first `length` bytes of `memory` from wordLead on, as u32 words (little-endian on x86). */
export function wordView(memory: Uint8Array, length: u32): Uint32Array {
  return wordViewFrom(memory, wordLead(memory), length >>> 0);
}

/** The first `length` bytes of `memory` from `lead` on, as u32 words; byteOffset + lead must be 4-aligned. */
export function wordViewFrom(memory: Uint8Array, lead: u32, length: u32): Uint32Array {
  const count: u32 = length > lead ? (length - lead) >>> 2 : 0;
  return new Uint32Array(memory.buffer, memory.byteOffset + lead, count);
}

/** words[from, to) = 0. */
export function zeroWords(words: Uint32Array, from: u32, to: u32): void {
  for (let i: u32 = from; i < to; i++) words[i] = 0;
}

/** Copies `count` words from `from` to `to`. */
export function copyWords(words: Uint32Array, from: u32, to: u32, count: u32): void {
  words.copyWithin(to, from, from + count);
}

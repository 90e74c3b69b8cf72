// Integer helpers shared by the allocators in kernel/alloc: power-of-two tests, bit scans, and
// little-endian u32 access to the managed memory, which allocators see only as a Uint8Array (the
// subset has no way to view it as wider words). Pure functions; nothing here allocates.

/** True for 1, 2, 4, ... 2^31. */
export function isPowerOfTwo(value: u32): boolean {
  const v: u32 = value >>> 0;
  return v !== 0 && ((v & (v - 1)) >>> 0) === 0;
}

/** Index of the lowest set bit of a non-zero u32. */
export function lowestBit(value: u32): u32 {
  return (31 - Math.clz32(value & -value)) >>> 0;
}

/** Index of the highest set bit of a non-zero u32: floor(log2(value)). */
export function highestBit(value: u32): u32 {
  return (31 - Math.clz32(value)) >>> 0;
}

/** Round value up to a multiple of the power of two `unit` (value + unit must stay below 2^32). */
export function roundUp(value: u32, unit: u32): u32 {
  return ((value + unit - 1) & -unit) >>> 0;
}

export function load32(memory: Uint8Array, at: u32): u32 {
  return (memory[at] | (memory[at + 1] << 8) | (memory[at + 2] << 16) | (memory[at + 3] << 24)) >>> 0;
}

export function store32(memory: Uint8Array, at: u32, value: u32): void {
  memory[at] = value & 0xff;
  memory[at + 1] = (value >>> 8) & 0xff;
  memory[at + 2] = (value >>> 16) & 0xff;
  memory[at + 3] = value >>> 24;
}

/** Byte copy between non-overlapping ranges of one view (typed-array copyWithin is not in the subset). */
export function copyBytes(memory: Uint8Array, from: u32, to: u32, count: u32): void {
  for (let i: u32 = 0; i < count; i++) memory[to + i] = memory[from + i];
}

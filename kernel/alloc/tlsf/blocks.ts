// TLSF block headers and boundary tags, read and written in the managed memory (see tlsf.ts for
// the layout). Used by tlsf.ts and lists.ts only. A block is named by its payload offset p:
//   p - 8: PREV, payload offset of the physically preceding block (0 for the first block);
//   p - 4: SIZE, the block's size (multiple of 16, distance to the next payload) | FREE | PREV_FREE;
//   p + 0, p + 4: NEXT_FREE and PREV_FREE list links, only while the block is free.

import { load32, store32 } from "../bits";

export const GRANULE_LOG2: u32 = 4;
export const GRANULE: u32 = 16;
export const HEADER: u32 = 8;
export const MIN_BLOCK: u32 = 16;

export const FREE_BIT: u32 = 1;
export const PREV_FREE_BIT: u32 = 2;
export const FLAG_BITS: u32 = 3;

/** The SIZE word: size | flags. Hot paths read it once and take both parts from it. */
export function headerWord(memory: Uint8Array, p: u32): u32 {
  return load32(memory, p - 4);
}

export function sizeIn(word: u32): u32 {
  return (word & ~FLAG_BITS) >>> 0;
}

/** Sets or clears flag bits of block p's header, leaving its size alone. */
export function setFlags(memory: Uint8Array, p: u32, bits: u32): void {
  store32(memory, p - 4, (load32(memory, p - 4) | bits) >>> 0);
}

export function clearFlags(memory: Uint8Array, p: u32, bits: u32): void {
  store32(memory, p - 4, (load32(memory, p - 4) & ~bits) >>> 0);
}

export function blockSize(memory: Uint8Array, p: u32): u32 {
  return (load32(memory, p - 4) & ~FLAG_BITS) >>> 0;
}

export function blockFlags(memory: Uint8Array, p: u32): u32 {
  return load32(memory, p - 4) & FLAG_BITS;
}

export function isFreeBlock(memory: Uint8Array, p: u32): boolean {
  return (load32(memory, p - 4) & FREE_BIT) !== 0;
}

export function setBlockHeader(memory: Uint8Array, p: u32, size: u32, flags: u32): void {
  store32(memory, p - 4, (size | flags) >>> 0);
}

export function previousBlock(memory: Uint8Array, p: u32): u32 {
  return load32(memory, p - 8);
}

export function setPreviousBlock(memory: Uint8Array, p: u32, previous: u32): void {
  store32(memory, p - 8, previous);
}

export function nextFreeBlock(memory: Uint8Array, p: u32): u32 {
  return load32(memory, p);
}

export function previousFreeBlock(memory: Uint8Array, p: u32): u32 {
  return load32(memory, p + 4);
}

export function setFreeLinks(memory: Uint8Array, p: u32, next: u32, previous: u32): void {
  store32(memory, p, next);
  store32(memory, p + 4, previous);
}

export function setNextFreeBlock(memory: Uint8Array, p: u32, next: u32): void {
  store32(memory, p, next);
}

export function setPreviousFreeBlock(memory: Uint8Array, p: u32, previous: u32): void {
  store32(memory, p + 4, previous);
}

// The binary buddy system over 4 KiB page frames (Knuth, TAOCP vol. 1, section 2.5, "buddy
// system"): blocks of 2^k frames aligned to their size, one free list per order, a freed block
// merged with its buddy (the block whose frame number differs in bit k) while that buddy is free.
// Used only by buddy.ts (whole-page blocks) and slabs.ts (pages cut into small objects).
//
// Frame i is the page at byte offset frameAt + 4096 i of the allocator's word view (bits.ts), so
// at word frameAt / 4 + 1024 i; its physical frame number is pfn0 + i. Buddy arithmetic needs the
// low 20 bits of the physical frame number, kept as r = rLow + i.
// Metadata, inside the managed memory above the last frame:
//   a StateMap, 2 bits per frame: NONE (inside a block), USED_HEAD, FREE_HEAD, or FREED (was the
//     head of a block handed to a caller, since freed and merged into a lower buddy);
//   an order byte per frame, meaningful only at heads: the order (bits 0-4), SLAB_BIT for a page cut
//     into objects (then bits 0-4 hold the object class), RETURNED_BIT once a page block starting
//     here has been handed to a caller (so a later free of that address is a double free).
// Free blocks keep their list links in their first frame: next at +0, previous at +4 (index + 1).

import { lowestBit } from "../bits";
import { StateMap } from "../state-map";

export const FRAME_SHIFT: u32 = 12;
export const FRAME_SIZE: u32 = 4096;
/** Words per frame: 2^10. */
export const FRAME_WORDS_SHIFT: u32 = 10;
/** Orders 0..19: the largest block is 2^19 frames, 2 GiB. */
export const ORDER_LIMIT: u32 = 20;
/**
 * StateMap chunks of 2^10 frames (64 words of map each): the initial free blocks' heads, spread
 * over the whole range, touch a dozen chunks at construction.
 */
const MAP_CHUNK_LOG2: u32 = 10;

export const NONE: u32 = 0;
export const USED_HEAD: u32 = 1;
export const FREE_HEAD: u32 = 2;
export const FREED: u32 = 3;

export const ORDER_MASK: u32 = 0x1f;
export const SLAB_BIT: u32 = 0x40;
export const RETURNED_BIT: u32 = 0x80;

export class BuddyFrames {
  readonly words: Uint32Array;
  /** The order bytes: orders[frame] (a view of the managed memory, so no offset to add). */
  private readonly orders: Uint8Array;
  /** Byte offset of frame 0 in the word view, and its word index. */
  readonly frameAt: u32;
  readonly frameWord: u32;
  readonly frameCount: u32;
  /** Frames in free blocks. */
  freeFrames: u32 = 0;
  private readonly rLow: u32;
  private readonly states: StateMap;
  /** Head frame + 1 of each order's free list (0: empty); bit k of orderMask: list k non-empty. */
  private readonly heads: Uint32Array = new Uint32Array(ORDER_LIMIT);
  private orderMask: u32 = 0;

  /** Bytes of metadata for `frameCount` frames. */
  static metadataBytes(frameCount: u32): u32 {
    return ((StateMap.wordsFor(frameCount >>> 0, MAP_CHUNK_LOG2) >>> 0) * 4 + frameCount) >>> 0;
  }

  /**
   * Frames [0, frameCount) at byte offset frameAt of `words` (a multiple of 4), first physical
   * frame pfn0; metadata at word metaAt. `memory` is the view `words` starts `lead` bytes into.
   */
  constructor(words: Uint32Array, memory: Uint8Array, lead: u32, frameAt: u32, frameCount: u32, pfn0: number, metaAt: u32) {
    this.words = words;
    this.frameAt = frameAt;
    this.frameWord = frameAt >>> 2;
    this.frameCount = frameCount;
    this.rLow = (pfn0 >>> 0) & ((1 << ORDER_LIMIT) - 1);
    this.states = StateMap.packed(words, metaAt >>> 0, frameCount >>> 0, MAP_CHUNK_LOG2);
    const ordersAt: u32 = (lead + ((metaAt >>> 0) + (StateMap.wordsFor(frameCount >>> 0, MAP_CHUNK_LOG2) >>> 0)) * 4) >>> 0;
    this.orders = memory.subarray(ordersAt, ordersAt + frameCount);
    this.addInitialBlocks();
  }

  // Integer arguments and results are written `x >>> 0` where they are not integers on their
  // face, so that the compiler proves them machine integers without a pass per call level.

  offsetOf(frame: u32): u32 {
    return ((this.frameAt >>> 0) + frame * FRAME_SIZE) >>> 0;
  }

  /** Word index of frame's first word. */
  wordOf(frame: u32): u32 {
    return ((this.frameWord >>> 0) + (frame << FRAME_WORDS_SHIFT)) >>> 0;
  }

  state(frame: u32): u32 {
    return this.states.get(frame >>> 0) >>> 0;
  }

  orderByte(frame: u32): u32 {
    return this.orders[frame];
  }

  setOrderByte(frame: u32, value: u32): void {
    this.orders[frame] = value;
  }

  /** The largest order with a free block, or -1. */
  largestFreeOrder(): i32 {
    const mask: u32 = this.orderMask >>> 0;
    return mask === 0 ? -1 : (31 - Math.clz32(mask)) | 0;
  }

  /** Takes a block of 2^order frames (splitting a larger one) and returns its head, or -1. */
  take(order: u32): i32 {
    const mask: u32 = ((this.orderMask >>> 0) & (-1 << order)) >>> 0;
    if (mask === 0) return -1;
    let k: u32 = lowestBit(mask) >>> 0;
    const headPlusOne: u32 = this.heads[k];
    const head: u32 = (headPlusOne - 1) >>> 0;
    this.unlink(head, k);
    while (k > order) {
      k = (k - 1) >>> 0;
      const upper: u32 = (head + (1 << k)) >>> 0;
      this.makeFreeHead(upper, k, this.returnedBitOf(upper) >>> 0);
    }
    this.states.set(head, USED_HEAD);
    this.setOrderByte(head, (order | (this.orderByte(head) & RETURNED_BIT)) >>> 0);
    this.freeFrames = ((this.freeFrames >>> 0) - (1 << order)) >>> 0;
    return head | 0;
  }

  /** Returns the used block at `head` of 2^order frames, merging it with free buddies. */
  release(head: u32, order: u32): void {
    this.freeFrames = ((this.freeFrames >>> 0) + (1 << order)) >>> 0;
    const rLow: u32 = this.rLow >>> 0;
    const frameCount: u32 = this.frameCount >>> 0;
    let block: u32 = head >>> 0;
    let k: u32 = order >>> 0;
    while (k < ORDER_LIMIT - 1) {
      const buddy: i32 = (((rLow + block) ^ (1 << k)) - rLow) | 0;
      if (buddy < 0 || buddy >= frameCount) break;
      if (this.states.get(buddy >>> 0) !== FREE_HEAD || (this.orderByte(buddy >>> 0) & ORDER_MASK) !== k) break;
      this.unlink(buddy >>> 0, k);
      const upper: u32 = buddy > block ? buddy >>> 0 : block;
      this.states.set(upper, (this.orderByte(upper) & RETURNED_BIT) !== 0 ? FREED : NONE);
      if (buddy < block) block = buddy >>> 0;
      k = (k + 1) >>> 0;
    }
    this.makeFreeHead(block, k, (this.orderByte(block) & RETURNED_BIT) >>> 0);
  }

  /** Cuts the used block at `head` from 2^from down to 2^to frames, freeing the upper parts. */
  shrink(head: u32, from: u32, to: u32): void {
    for (let k: u32 = from >>> 0; k > to; ) {
      k = (k - 1) >>> 0;
      const upper: u32 = (head + (1 << k)) >>> 0;
      this.makeFreeHead(upper, k, this.returnedBitOf(upper) >>> 0);
      this.freeFrames = ((this.freeFrames >>> 0) + (1 << k)) >>> 0;
    }
    this.setOrderByte(head >>> 0, (to | (this.orderByte(head >>> 0) & RETURNED_BIT)) >>> 0);
  }

  /** Head of the live whole-page block containing `frame`, or -1. At most 20 probes. */
  ownerOf(frame: u32): i32 {
    for (let k: u32 = 0; k < ORDER_LIMIT; k++) {
      const head: i32 = (((this.rLow + frame) & -(1 << k)) - this.rLow) | 0;
      if (head < 0) return -1;
      if (this.states.get(head >>> 0) === USED_HEAD && (this.orderByte(head >>> 0) & (SLAB_BIT | ORDER_MASK)) === k) {
        return head;
      }
    }
    return -1;
  }

  /** Carves [0, frameCount) into the largest aligned blocks that fit. */
  private addInitialBlocks(): void {
    const frameCount: u32 = this.frameCount >>> 0;
    let frame: u32 = 0;
    while (frame < frameCount) {
      const r: u32 = ((this.rLow >>> 0) + frame) >>> 0;
      let k: u32 = r === 0 ? ORDER_LIMIT - 1 : lowestBit(r) >>> 0;
      if (k > ORDER_LIMIT - 1) k = ORDER_LIMIT - 1;
      while (frame + (1 << k) > frameCount) k = (k - 1) >>> 0;
      this.makeFreeHead(frame, k, 0);
      frame = (frame + (1 << k)) >>> 0;
    }
    this.freeFrames = frameCount;
  }

  /** A frame that stops being inside a block keeps whether it was once handed out. */
  private returnedBitOf(frame: u32): u32 {
    return this.states.get(frame >>> 0) === FREED ? RETURNED_BIT : 0;
  }

  private makeFreeHead(frame: u32, order: u32, returnedBit: u32): void {
    const words = this.words;
    this.states.set(frame >>> 0, FREE_HEAD);
    this.setOrderByte(frame >>> 0, (order | returnedBit) >>> 0);
    const at: u32 = this.wordOf(frame >>> 0) >>> 0;
    const first: u32 = this.heads[order];
    words[at] = first;
    words[at + 1] = 0;
    if (first !== 0) words[(this.wordOf((first - 1) >>> 0) >>> 0) + 1] = frame + 1;
    this.heads[order] = frame + 1;
    this.orderMask = ((this.orderMask >>> 0) | (1 << order)) >>> 0;
  }

  private unlink(frame: u32, order: u32): void {
    const words = this.words;
    const at: u32 = this.wordOf(frame >>> 0) >>> 0;
    const next: u32 = words[at];
    const previous: u32 = words[at + 1];
    if (previous !== 0) words[this.wordOf((previous - 1) >>> 0) >>> 0] = next;
    else this.heads[order] = next;
    if (next !== 0) words[(this.wordOf((next - 1) >>> 0) >>> 0) + 1] = previous;
    if (next === 0 && previous === 0) this.orderMask = ((this.orderMask >>> 0) & ~(1 << order)) >>> 0;
  }
}

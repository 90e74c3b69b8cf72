// The binary buddy system over 4 KiB page frames (Knuth, TAOCP vol. 1, section 2.5, "buddy
// system"): blocks of 2^k frames aligned to their size, one free list per order, a freed block
// merged with its buddy (the block whose frame number differs in bit k) while that buddy is free.
// Used only by buddy.ts (whole-page blocks) and slabs.ts (pages cut into small objects).
//
// Frame i is the page at view offset frameAt + 4096 i, physical frame number pfn0 + i. Buddy
// arithmetic needs the low 20 bits of the physical frame number, kept as r = rLow + i.
// Metadata, inside the managed memory above the last frame:
//   a StateMap, 2 bits per frame: NONE (inside a block), USED_HEAD, FREE_HEAD, or FREED (was the
//     head of a block handed to a caller, since freed and merged into a lower buddy);
//   an order byte per frame, meaningful only at heads: the order (bits 0-4), SLAB_BIT for a page cut
//     into objects (then bits 0-4 hold the object class), RETURNED_BIT once a page block starting
//     here has been handed to a caller (so a later free of that address is a double free).
// Free blocks keep their list links in their first frame: next at +0, previous at +4 (index + 1).

import { highestBit, load32, lowestBit, store32 } from "../bits";
import { StateMap } from "../state-map";

export const FRAME_SHIFT: u32 = 12;
export const FRAME_SIZE: u32 = 1 << FRAME_SHIFT;
/** Orders 0..19: the largest block is 2^19 frames, 2 GiB. */
export const ORDER_LIMIT: u32 = 20;

export const NONE: u32 = 0;
export const USED_HEAD: u32 = 1;
export const FREE_HEAD: u32 = 2;
export const FREED: u32 = 3;

export const ORDER_MASK: u32 = 0x1f;
export const SLAB_BIT: u32 = 0x40;
export const RETURNED_BIT: u32 = 0x80;

export class BuddyFrames {
  readonly memory: Uint8Array;
  readonly frameAt: u32;
  readonly frameCount: u32;
  /** Frames in free blocks. */
  freeFrames: u32 = 0;
  private readonly rLow: u32;
  private readonly states: StateMap;
  private readonly ordersAt: u32;
  /** Head frame + 1 of each order's free list (0: empty); bit k of orderMask: list k non-empty. */
  private readonly heads: Uint32Array = new Uint32Array(ORDER_LIMIT);
  private orderMask: u32 = 0;

  /** Bytes of metadata for `frameCount` frames. */
  static metadataBytes(frameCount: u32): u32 {
    return (StateMap.bytesFor(frameCount) + frameCount) >>> 0;
  }

  /** Frames [0, frameCount) at frameAt, first physical frame pfn0; metadata at metaAt. */
  constructor(memory: Uint8Array, frameAt: u32, frameCount: u32, pfn0: number, metaAt: u32) {
    this.memory = memory;
    this.frameAt = frameAt;
    this.frameCount = frameCount;
    this.rLow = (pfn0 >>> 0) & ((1 << ORDER_LIMIT) - 1);
    this.states = new StateMap(memory, metaAt, frameCount);
    this.ordersAt = (metaAt + StateMap.bytesFor(frameCount)) >>> 0;
    this.addInitialBlocks();
  }

  offsetOf(frame: u32): u32 {
    return (this.frameAt + (frame << FRAME_SHIFT)) >>> 0;
  }

  state(frame: u32): u32 {
    return this.states.get(frame);
  }

  orderByte(frame: u32): u32 {
    return this.memory[this.ordersAt + frame];
  }

  setOrderByte(frame: u32, value: u32): void {
    this.memory[this.ordersAt + frame] = value;
  }

  /** The largest order with a free block, or -1. */
  largestFreeOrder(): i32 {
    return this.orderMask === 0 ? -1 : highestBit(this.orderMask) | 0;
  }

  /** Takes a block of 2^order frames (splitting a larger one) and returns its head, or -1. */
  take(order: u32): i32 {
    const mask: u32 = (this.orderMask & (-1 << order)) >>> 0;
    if (mask === 0) return -1;
    let k: u32 = lowestBit(mask);
    const head: u32 = (this.heads[k] - 1) >>> 0;
    this.unlink(head, k);
    while (k > order) {
      k = (k - 1) >>> 0;
      const upper: u32 = (head + (1 << k)) >>> 0;
      this.makeFreeHead(upper, k, this.returnedBitOf(upper));
    }
    this.states.set(head, USED_HEAD);
    this.setOrderByte(head, order | (this.orderByte(head) & RETURNED_BIT));
    this.freeFrames = (this.freeFrames - (1 << order)) >>> 0;
    return head | 0;
  }

  /** Returns the used block at `head` of 2^order frames, merging it with free buddies. */
  release(head: u32, order: u32): void {
    this.freeFrames = (this.freeFrames + (1 << order)) >>> 0;
    let block: u32 = head;
    let k: u32 = order;
    while (k < ORDER_LIMIT - 1) {
      const buddy: i32 = (((this.rLow + block) ^ (1 << k)) - this.rLow) | 0;
      if (buddy < 0 || buddy >= this.frameCount) break;
      if (this.states.get(buddy) !== FREE_HEAD || (this.orderByte(buddy) & ORDER_MASK) !== k) break;
      this.unlink(buddy, k);
      const upper: u32 = buddy > block ? buddy : block;
      this.states.set(upper, (this.orderByte(upper) & RETURNED_BIT) !== 0 ? FREED : NONE);
      if (buddy < block) block = buddy;
      k = (k + 1) >>> 0;
    }
    this.makeFreeHead(block, k, this.orderByte(block) & RETURNED_BIT);
  }

  /** Cuts the used block at `head` from 2^from down to 2^to frames, freeing the upper parts. */
  shrink(head: u32, from: u32, to: u32): void {
    for (let k: u32 = from; k > to; ) {
      k = (k - 1) >>> 0;
      const upper: u32 = (head + (1 << k)) >>> 0;
      this.makeFreeHead(upper, k, this.returnedBitOf(upper));
      this.freeFrames = (this.freeFrames + (1 << k)) >>> 0;
    }
    this.setOrderByte(head, to | (this.orderByte(head) & RETURNED_BIT));
  }

  /** Head of the live whole-page block containing `frame`, or -1. At most 20 probes. */
  ownerOf(frame: u32): i32 {
    for (let k: u32 = 0; k < ORDER_LIMIT; k++) {
      const head: i32 = (((this.rLow + frame) & -(1 << k)) - this.rLow) | 0;
      if (head < 0) return -1;
      if (this.states.get(head) === USED_HEAD && (this.orderByte(head) & (SLAB_BIT | ORDER_MASK)) === k) {
        return head;
      }
    }
    return -1;
  }

  /** Carves [0, frameCount) into the largest aligned blocks that fit. */
  private addInitialBlocks(): void {
    let frame: u32 = 0;
    while (frame < this.frameCount) {
      const r: u32 = (this.rLow + frame) >>> 0;
      let k: u32 = r === 0 ? ORDER_LIMIT - 1 : lowestBit(r);
      if (k > ORDER_LIMIT - 1) k = ORDER_LIMIT - 1;
      while (frame + (1 << k) > this.frameCount) k = (k - 1) >>> 0;
      this.makeFreeHead(frame, k, 0);
      frame = (frame + (1 << k)) >>> 0;
    }
    this.freeFrames = this.frameCount;
  }

  /** A frame that stops being inside a block keeps whether it was once handed out. */
  private returnedBitOf(frame: u32): u32 {
    return this.states.get(frame) === FREED ? RETURNED_BIT : 0;
  }

  private makeFreeHead(frame: u32, order: u32, returnedBit: u32): void {
    this.states.set(frame, FREE_HEAD);
    this.setOrderByte(frame, order | returnedBit);
    const at: u32 = this.offsetOf(frame);
    const first: u32 = this.heads[order];
    store32(this.memory, at, first);
    store32(this.memory, at + 4, 0);
    if (first !== 0) store32(this.memory, this.offsetOf(first - 1) + 4, frame + 1);
    this.heads[order] = frame + 1;
    this.orderMask = (this.orderMask | (1 << order)) >>> 0;
  }

  private unlink(frame: u32, order: u32): void {
    const at: u32 = this.offsetOf(frame);
    const next: u32 = load32(this.memory, at);
    const previous: u32 = load32(this.memory, at + 4);
    if (previous !== 0) store32(this.memory, this.offsetOf(previous - 1), next);
    else this.heads[order] = next;
    if (next !== 0) store32(this.memory, this.offsetOf(next - 1) + 4, previous);
    if (next === 0 && previous === 0) this.orderMask = (this.orderMask & ~(1 << order)) >>> 0;
  }
}

// Sub-page objects for the buddy allocator: requests of at most 1 KiB come from pages cut into
// equal power-of-two slots (classes 16, 32, ..., 1024 bytes), so that small TypeScript objects do
// not each cost a 4 KiB frame. Used only by buddy.ts.
//
// A slab page is an order-0 buddy block whose order byte has SLAB_BIT and the class in bits 0-4.
// Its first 80 bytes are a header (the slots it overlaps are never handed out):
//   +0 next, +4 previous partial slab of the class (frame + 1), +8 live slot count,
//   +16 LIVE bitmap (256 bits: slot in use), +48 USED bitmap (slot handed out at least once since
//   the page became a slab: a free of a slot that is not live but was used is a double free).
// Slot i of class c starts at page offset i << (4 + c), so objects are aligned to their class size.
// Partial slabs (at least one free slot) of each class are on a list. When a slab's last object is
// freed, the slab stays as the class's one cached empty slab (so alternating allocate/free of one
// object does not split and merge buddies each time, and a double free of its objects is still
// recognised); a second empty slab of the class goes back to the buddy system at once, and
// releaseEmpty() hands back the cached ones when pages run short, so freeing everything returns
// every page. While cached, an empty slab's whole page counts as free bytes.

import { AllocFault } from "../allocator";
import { load32, lowestBit, store32 } from "../bits";
import { BuddyFrames, ORDER_MASK, RETURNED_BIT, SLAB_BIT } from "./frames";

export const CLASS_COUNT: u32 = 7;
export const MAX_SLAB_OBJECT: u32 = 16 << (CLASS_COUNT - 1);
const HEADER_BYTES: u32 = 80;
const LIVE_AT: u32 = 16;
const USED_AT: u32 = 48;
const SLOTS_PER_PAGE_16: u32 = 256;

export class Slabs {
  /** Bytes in free slots of all slab pages, plus the headers of cached empty slabs. */
  freeBytes: u32 = 0;
  private readonly frames: BuddyFrames;
  private readonly memory: Uint8Array;
  private readonly partial: Uint32Array = new Uint32Array(CLASS_COUNT);
  /** Frame + 1 of each class's cached empty slab (also on the partial list), 0 for none. */
  private readonly empty: Uint32Array = new Uint32Array(CLASS_COUNT);

  constructor(frames: BuddyFrames) {
    this.frames = frames;
    this.memory = frames.memory;
  }

  /** Class index for an object of `bytes` (1..1024) aligned to its class size. */
  static classFor(bytes: u32): u32 {
    if (bytes <= 16) return 0;
    return (32 - Math.clz32((bytes - 1) >>> 0) - 4) >>> 0;
  }

  static objectSize(classIndex: u32): u32 {
    return 16 << classIndex;
  }

  /** True when some partial slab of this class has a free slot. */
  hasPartial(classIndex: u32): boolean {
    return this.partial[classIndex] !== 0;
  }

  /** View offset of a new object of the class, or 0 when no page is left for a new slab. */
  allocate(classIndex: u32): u32 {
    let frame: i32 = (this.partial[classIndex] - 1) | 0;
    if (frame < 0) frame = this.newSlab(classIndex);
    if (frame < 0) return 0;
    const page: u32 = this.frames.offsetOf(frame);
    const slot: u32 = this.firstFreeSlot(page, classIndex);
    this.setBit(page + LIVE_AT, slot);
    this.setBit(page + USED_AT, slot);
    const live: u32 = (load32(this.memory, page + 8) + 1) >>> 0;
    store32(this.memory, page + 8, live);
    if (live === 1 && this.empty[classIndex] === frame + 1) this.uncacheEmpty(classIndex);
    if (live === capacityOf(classIndex)) this.unlink(frame, classIndex);
    this.freeBytes = (this.freeBytes - Slabs.objectSize(classIndex)) >>> 0;
    return (page + (slot << (4 + classIndex))) >>> 0;
  }

  /** None when `offset` (within slab page `frame`) is a live object; else which misuse. */
  check(frame: u32, offset: u32): AllocFault {
    const classIndex: u32 = this.frames.orderByte(frame) & ORDER_MASK;
    const page: u32 = this.frames.offsetOf(frame);
    const slot: u32 = offset >>> (4 + classIndex);
    const live: boolean = slot >= firstSlotOf(classIndex) && this.bit(page + LIVE_AT, slot);
    if ((offset & (Slabs.objectSize(classIndex) - 1)) !== 0) {
      return live ? AllocFault.InteriorPointer : AllocFault.NeverAllocated;
    }
    if (live) return AllocFault.None;
    if (slot >= firstSlotOf(classIndex) && this.bit(page + USED_AT, slot)) return AllocFault.DoubleFree;
    // The page start: a whole-page block that once started here was freed.
    if (offset === 0 && (this.frames.orderByte(frame) & RETURNED_BIT) !== 0) return AllocFault.DoubleFree;
    return AllocFault.NeverAllocated;
  }

  /** Frees the live object at `offset` in slab page `frame` (already checked). */
  release(frame: u32, offset: u32): void {
    const classIndex: u32 = this.frames.orderByte(frame) & ORDER_MASK;
    const page: u32 = this.frames.offsetOf(frame);
    this.clearBit(page + LIVE_AT, offset >>> (4 + classIndex));
    const live: u32 = (load32(this.memory, page + 8) - 1) >>> 0;
    store32(this.memory, page + 8, live);
    this.freeBytes = (this.freeBytes + Slabs.objectSize(classIndex)) >>> 0;
    if (live + 1 === capacityOf(classIndex)) this.push(frame, classIndex);
    if (live !== 0) return;
    if (this.empty[classIndex] === 0) {
      this.empty[classIndex] = frame + 1;
      this.freeBytes = (this.freeBytes + headerBytesOf(classIndex)) >>> 0;
    } else {
      this.releaseSlab(frame, classIndex);
    }
  }

  /** Returns the cached empty slabs to the buddy system; false if there were none. */
  releaseEmpty(): boolean {
    let released: boolean = false;
    for (let c: u32 = 0; c < CLASS_COUNT; c++) {
      const frame: u32 = this.empty[c];
      if (frame === 0) continue;
      this.uncacheEmpty(c);
      this.releaseSlab(frame - 1, c);
      released = true;
    }
    return released;
  }

  private uncacheEmpty(classIndex: u32): void {
    this.empty[classIndex] = 0;
    this.freeBytes = (this.freeBytes - headerBytesOf(classIndex)) >>> 0;
  }

  private releaseSlab(frame: u32, classIndex: u32): void {
    this.unlink(frame, classIndex);
    this.freeBytes = (this.freeBytes - capacityOf(classIndex) * Slabs.objectSize(classIndex)) >>> 0;
    this.frames.release(frame, 0);
  }

  /** The class of slab page `frame`. */
  classOf(frame: u32): u32 {
    return this.frames.orderByte(frame) & ORDER_MASK;
  }

  private newSlab(classIndex: u32): i32 {
    const frame: i32 = this.frames.take(0);
    if (frame < 0) return -1;
    const returned: u32 = this.frames.orderByte(frame) & RETURNED_BIT;
    this.frames.setOrderByte(frame, SLAB_BIT | classIndex | returned);
    const page: u32 = this.frames.offsetOf(frame);
    this.memory.fill(0, page, page + HEADER_BYTES);
    // Header slots and, for classes with fewer than 32 slots, bits past the last slot read as live.
    const first: u32 = firstSlotOf(classIndex);
    for (let slot: u32 = 0; slot < first; slot++) this.setBit(page + LIVE_AT, slot);
    const slots: u32 = SLOTS_PER_PAGE_16 >>> classIndex;
    for (let slot: u32 = slots; slot < 32; slot++) this.setBit(page + LIVE_AT, slot);
    this.push(frame, classIndex);
    this.freeBytes = (this.freeBytes + capacityOf(classIndex) * Slabs.objectSize(classIndex)) >>> 0;
    return frame;
  }

  /** Lowest clear LIVE bit; the slab is partial, so one exists among its slot words. */
  private firstFreeSlot(page: u32, classIndex: u32): u32 {
    const words: u32 = ((SLOTS_PER_PAGE_16 >>> classIndex) + 31) >>> 5;
    for (let w: u32 = 0; w < words; w++) {
      const word: u32 = load32(this.memory, page + LIVE_AT + (w << 2));
      if (word !== 0xffffffff) return ((w << 5) + lowestBit(~word >>> 0)) >>> 0;
    }
    return 0;
  }

  private push(frame: u32, classIndex: u32): void {
    const page: u32 = this.frames.offsetOf(frame);
    const first: u32 = this.partial[classIndex];
    store32(this.memory, page, first);
    store32(this.memory, page + 4, 0);
    if (first !== 0) store32(this.memory, this.frames.offsetOf(first - 1) + 4, frame + 1);
    this.partial[classIndex] = frame + 1;
  }

  private unlink(frame: u32, classIndex: u32): void {
    const page: u32 = this.frames.offsetOf(frame);
    const next: u32 = load32(this.memory, page);
    const previous: u32 = load32(this.memory, page + 4);
    if (previous !== 0) store32(this.memory, this.frames.offsetOf(previous - 1), next);
    else this.partial[classIndex] = next;
    if (next !== 0) store32(this.memory, this.frames.offsetOf(next - 1) + 4, previous);
  }

  private bit(bitmapAt: u32, index: u32): boolean {
    return ((this.memory[bitmapAt + (index >>> 3)] >>> (index & 7)) & 1) !== 0;
  }

  private setBit(bitmapAt: u32, index: u32): void {
    this.memory[bitmapAt + (index >>> 3)] |= 1 << (index & 7);
  }

  private clearBit(bitmapAt: u32, index: u32): void {
    this.memory[bitmapAt + (index >>> 3)] &= ~(1 << (index & 7));
  }
}

/** Slots overlapped by the header: never handed out. */
function firstSlotOf(classIndex: u32): u32 {
  const size: u32 = 16 << classIndex;
  return ((HEADER_BYTES + size - 1) >>> (4 + classIndex)) >>> 0;
}

/** Objects one slab of the class can hold. */
function capacityOf(classIndex: u32): u32 {
  return ((SLOTS_PER_PAGE_16 >>> classIndex) - firstSlotOf(classIndex)) >>> 0;
}

/** Bytes of a slab page that no object can use. */
function headerBytesOf(classIndex: u32): u32 {
  return (4096 - capacityOf(classIndex) * (16 << classIndex)) >>> 0;
}

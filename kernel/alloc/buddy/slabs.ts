// Sub-page objects for the buddy allocator: requests of at most 1 KiB come from pages cut into
// equal power-of-two slots (classes 16, 32, ..., 1024 bytes), so that small TypeScript objects do
// not each cost a 4 KiB frame. Used only by buddy.ts.
//
// A slab page is an order-0 buddy block whose order byte has SLAB_BIT and the class in bits 0-4.
// Its first 80 bytes are a header (the slots it overlaps are never handed out), in words of the
// allocator's word view (bits.ts):
//   word 0 next, 1 previous partial slab of the class (frame + 1), 2 live slot count,
//   words 4-11 LIVE bitmap (256 bits: slot in use, slot s in bit s % 32 of word 4 + s / 32),
//   words 12-19 USED bitmap (slot handed out at least once since the page became a slab: a free
//   of a slot that is not live but was used is a double free).
// Slot i of class c starts at page offset i << (4 + c), so objects are aligned to their class size.
// Partial slabs (at least one free slot) of each class are on a list. When a slab's last object is
// freed, the slab stays as the class's one cached empty slab (so alternating allocate/free of one
// object does not split and merge buddies each time, and a double free of its objects is still
// recognised); a second empty slab of the class goes back to the buddy system at once, and
// releaseEmpty() hands back the cached ones when pages run short, so freeing everything returns
// every page. While cached, an empty slab's whole page counts as free bytes.

import { AllocFault } from "../allocator";
import { lowestBit, zeroWords } from "../bits";
import { BuddyFrames, ORDER_MASK, RETURNED_BIT, SLAB_BIT } from "./frames";

export const CLASS_COUNT: u32 = 7;
export const MAX_SLAB_OBJECT: u32 = 1024; // 16 << (CLASS_COUNT - 1)
const HEADER_BYTES: u32 = 80;
const HEADER_WORDS: u32 = 20;
/** Word offsets in the slab header. */
const NEXT: u32 = 0;
const PREVIOUS: u32 = 1;
const LIVE_COUNT: u32 = 2;
const LIVE_AT: u32 = 4;
const USED_AT: u32 = 12;
const SLOTS_PER_PAGE_16: u32 = 256;

export class Slabs {
  /** Bytes in free slots of all slab pages, plus the headers of cached empty slabs. */
  freeBytes: u32 = 0;
  private readonly frames: BuddyFrames;
  private readonly words: Uint32Array;
  private readonly partial: Uint32Array = new Uint32Array(CLASS_COUNT);
  /** Frame + 1 of each class's cached empty slab (also on the partial list), 0 for none. */
  private readonly empty: Uint32Array = new Uint32Array(CLASS_COUNT);

  constructor(frames: BuddyFrames) {
    this.frames = frames;
    this.words = frames.words;
  }

  /** Class index for an object of `bytes` (1..1024) aligned to its class size. */
  static classFor(bytes: u32): u32 {
    if (bytes <= 16) return 0;
    return (32 - Math.clz32((bytes - 1) >>> 0) - 4) >>> 0;
  }

  static objectSize(classIndex: u32): u32 {
    return (16 << classIndex) >>> 0;
  }

  /** True when some partial slab of this class has a free slot. */
  hasPartial(classIndex: u32): boolean {
    const first: u32 = this.partial[classIndex];
    return first !== 0;
  }

  /**
   * Byte offset (in the word view) of a new object of the class, or 0 when no page is left for a
   * new slab. (Not named `allocate`: a method named like a member of an interface is compiled for
   * calls through that interface, with number parameters.)
   */
  newObject(classIndex: u32): u32 {
    const first: u32 = this.partial[classIndex];
    let frame: i32 = (first - 1) | 0;
    if (frame < 0) frame = this.newSlab(classIndex >>> 0) | 0;
    if (frame < 0) return 0;
    const words = this.words;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    const slot: u32 = firstFreeSlot(words, page) >>> 0;
    const at: u32 = (slot >>> 5) + page;
    const bit: i32 = 1 << (slot & 31);
    words[at + LIVE_AT] = words[at + LIVE_AT] | bit;
    words[at + USED_AT] = words[at + USED_AT] | bit;
    const count: u32 = words[page + LIVE_COUNT];
    const live: u32 = (count + 1) >>> 0;
    words[page + LIVE_COUNT] = live;
    const empty: u32 = this.empty[classIndex];
    if (live === 1 && empty === frame + 1) this.uncacheEmpty(classIndex >>> 0);
    if (live === capacityOf(classIndex >>> 0) >>> 0) this.unlink(frame >>> 0, classIndex >>> 0);
    this.freeBytes = ((this.freeBytes >>> 0) - (16 << classIndex)) >>> 0;
    return (page * 4 + (slot << (4 + classIndex))) >>> 0;
  }

  /** None when `offset` (within slab page `frame`, order byte `orderByte`) is a live object; else which misuse. */
  check(frame: u32, offset: u32, orderByte: u32): AllocFault {
    const classIndex: u32 = orderByte & ORDER_MASK;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    const slot: u32 = offset >>> (4 + classIndex);
    const first: u32 = firstSlotOf(classIndex) >>> 0;
    const live: boolean = slot >= first && this.bit((page + LIVE_AT) >>> 0, slot);
    if ((offset & ((16 << classIndex) - 1)) !== 0) {
      return live ? AllocFault.InteriorPointer : AllocFault.NeverAllocated;
    }
    if (live) return AllocFault.None;
    if (slot >= first && this.bit((page + USED_AT) >>> 0, slot)) return AllocFault.DoubleFree;
    // The page start: a whole-page block that once started here was freed.
    if (offset === 0 && (orderByte & RETURNED_BIT) !== 0) return AllocFault.DoubleFree;
    return AllocFault.NeverAllocated;
  }

  /** Frees the live object at `offset` in slab page `frame` (already checked), of class `classIndex`. */
  release(frame: u32, offset: u32, classIndex: u32): void {
    const words = this.words;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    const slot: u32 = offset >>> (4 + classIndex);
    const at: u32 = (slot >>> 5) + page + LIVE_AT;
    words[at] = words[at] & ~(1 << (slot & 31));
    const count: u32 = words[page + LIVE_COUNT];
    const live: u32 = (count - 1) >>> 0;
    words[page + LIVE_COUNT] = live;
    this.freeBytes = ((this.freeBytes >>> 0) + (16 << classIndex)) >>> 0;
    if (live + 1 === capacityOf(classIndex >>> 0) >>> 0) this.push(frame >>> 0, classIndex >>> 0);
    if (live !== 0) return;
    const empty: u32 = this.empty[classIndex];
    if (empty === 0) {
      this.empty[classIndex] = frame + 1;
      this.freeBytes = ((this.freeBytes >>> 0) + (headerBytesOf(classIndex >>> 0) >>> 0)) >>> 0;
    } else {
      this.releaseSlab(frame >>> 0, classIndex >>> 0);
    }
  }

  /** Returns the cached empty slabs to the buddy system; false if there were none. */
  releaseEmpty(): boolean {
    let released: boolean = false;
    for (let c: u32 = 0; c < CLASS_COUNT; c++) {
      const frame: u32 = this.empty[c];
      if (frame === 0) continue;
      this.uncacheEmpty(c);
      this.releaseSlab((frame - 1) >>> 0, c);
      released = true;
    }
    return released;
  }

  private uncacheEmpty(classIndex: u32): void {
    this.empty[classIndex] = 0;
    this.freeBytes = ((this.freeBytes >>> 0) - (headerBytesOf(classIndex >>> 0) >>> 0)) >>> 0;
  }

  private releaseSlab(frame: u32, classIndex: u32): void {
    this.unlink(frame >>> 0, classIndex >>> 0);
    this.freeBytes = ((this.freeBytes >>> 0) - (capacityOf(classIndex >>> 0) >>> 0) * (16 << classIndex)) >>> 0;
    this.frames.release(frame >>> 0, 0);
  }

  private newSlab(classIndex: u32): i32 {
    const frame: i32 = this.frames.take(0) | 0;
    if (frame < 0) return -1;
    const returned: u32 = this.frames.orderByte(frame >>> 0) & RETURNED_BIT;
    this.frames.setOrderByte(frame >>> 0, (SLAB_BIT | classIndex | returned) >>> 0);
    const words = this.words;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    zeroWords(words, page, (page + HEADER_WORDS) >>> 0);
    // Header slots and, for classes with fewer than 32 slots, bits past the last slot read as live.
    const first: u32 = firstSlotOf(classIndex >>> 0) >>> 0;
    const slots: u32 = SLOTS_PER_PAGE_16 >>> classIndex;
    let live: u32 = first >= 32 ? 0xffffffff : (((1 << first) >>> 0) - 1) >>> 0;
    if (slots < 32) live = (live | ~(((1 << slots) >>> 0) - 1)) >>> 0;
    words[page + LIVE_AT] = live;
    this.push(frame >>> 0, classIndex >>> 0);
    this.freeBytes = ((this.freeBytes >>> 0) + (capacityOf(classIndex >>> 0) >>> 0) * (16 << classIndex)) >>> 0;
    return frame;
  }

  private push(frame: u32, classIndex: u32): void {
    const words = this.words;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    const first: u32 = this.partial[classIndex];
    words[page + NEXT] = first;
    words[page + PREVIOUS] = 0;
    if (first !== 0) words[(this.frames.wordOf((first - 1) >>> 0) >>> 0) + PREVIOUS] = frame + 1;
    this.partial[classIndex] = frame + 1;
  }

  private unlink(frame: u32, classIndex: u32): void {
    const words = this.words;
    const page: u32 = this.frames.wordOf(frame >>> 0) >>> 0;
    const next: u32 = words[page + NEXT];
    const previous: u32 = words[page + PREVIOUS];
    if (previous !== 0) words[(this.frames.wordOf((previous - 1) >>> 0) >>> 0) + NEXT] = next;
    else this.partial[classIndex] = next;
    if (next !== 0) words[(this.frames.wordOf((next - 1) >>> 0) >>> 0) + PREVIOUS] = previous;
  }

  private bit(bitmapAt: u32, index: u32): boolean {
    return ((this.words[bitmapAt + (index >>> 5)] >>> (index & 31)) & 1) !== 0;
  }
}

/** Lowest clear LIVE bit of slab page `page` (a word index); the slab is partial, so one exists. */
function firstFreeSlot(words: Uint32Array, page: u32): u32 {
  for (let w: u32 = 0; w < 8; w++) {
    const word: u32 = words[page + LIVE_AT + w];
    if (word !== 0xffffffff) return ((w << 5) + (lowestBit(~word >>> 0) >>> 0)) >>> 0;
  }
  return 0;
}

/** Slots overlapped by the header: never handed out. */
function firstSlotOf(classIndex: u32): u32 {
  const size: u32 = 16 << classIndex;
  return ((HEADER_BYTES + size - 1) >>> (4 + classIndex)) >>> 0;
}

/** Objects one slab of the class can hold. */
function capacityOf(classIndex: u32): u32 {
  return ((SLOTS_PER_PAGE_16 >>> classIndex) - (firstSlotOf(classIndex >>> 0) >>> 0)) >>> 0;
}

/** Bytes of a slab page that no object can use. */
function headerBytesOf(classIndex: u32): u32 {
  return (4096 - (capacityOf(classIndex >>> 0) >>> 0) * (16 << classIndex)) >>> 0;
}

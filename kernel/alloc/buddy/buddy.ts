// Binary buddy allocator over 4 KiB page frames, with slab pages for small objects. kernel/boot
// constructs it through createBuddyAllocator when an app selects "buddy"; everything else reaches
// it through the Allocator interface (kernel/alloc/allocator.ts).
//
// Requests larger than 1 KiB (or aligned to more than 1 KiB) get a block of 2^k whole frames,
// aligned to its size (frames.ts); smaller ones get a slot of a power-of-two class in a slab page
// (slabs.ts). Usable sizes are therefore powers of two: 16 B..1 KiB, then 4 KiB, 8 KiB, ...; a
// 1.5 KiB request costs a page, a 5 KiB request two. Per-frame metadata (2 bits plus one byte per
// frame, about 0.03% of the range) sits above the last frame; only the StateMap's chunk flags and
// the few initial free blocks are written at construction.

import { AllocFault, AllocatorStats, MAX_MANAGED_BYTES, MIN_ALIGN } from "../allocator";
import { Allocator, FaultReporter } from "../allocator";
import { copyWords, isPowerOfTwo, wordLead, wordView, zeroWords } from "../bits";
import { BuddyFrames, FRAME_SHIFT, FRAME_SIZE, ORDER_LIMIT, ORDER_MASK, RETURNED_BIT } from "./frames";
import { FREE_HEAD, FREED, SLAB_BIT, USED_HEAD } from "./frames";
import { CLASS_COUNT, MAX_SLAB_OBJECT, Slabs } from "./slabs";

/** Where a request of some size and alignment is served: slab class c as c, page order k as 32 + k. */
const PAGE_KIND: u32 = 32;
/** allocateBlock's failure value (offsets stay below MAX_MANAGED_BYTES; 0 is a valid offset). */
const NO_BLOCK: u32 = 0xffffffff;

/** A buddy allocator over memory, which is the physical range [base, base + memory.length). */
export function createBuddyAllocator(memory: Uint8Array, base: number, report: FaultReporter): Allocator {
  return new Buddy(memory, base, report);
}

class Buddy implements Allocator {
  private readonly words: Uint32Array;
  /** Physical address of words[0] (base + wordLead); offsets below are bytes from there. */
  private readonly origin: number;
  private readonly report: FaultReporter;
  private readonly stats: AllocatorStats = new AllocatorStats("buddy");
  private readonly frames: BuddyFrames;
  private readonly slabs: Slabs;

  constructor(memory: Uint8Array, base: number, report: FaultReporter) {
    const length: u32 = memory.length < MAX_MANAGED_BYTES ? memory.length : MAX_MANAGED_BYTES;
    const lead: u32 = wordLead(memory);
    const words: Uint32Array = wordView(memory, length >>> 0);
    this.words = words;
    this.origin = base + lead;
    this.report = report;
    const originLow: u32 = this.origin >>> 0;
    const bytes: u32 = (words.length * 4) >>> 0;
    let frameAt: u32 = ((FRAME_SIZE - (originLow & (FRAME_SIZE - 1))) & (FRAME_SIZE - 1)) >>> 0;
    if (this.origin + frameAt === 0) frameAt = FRAME_SIZE; // address 0 means failure
    // A view out of step with its base (UnalignedView) gets no frames.
    const total: u32 = bytes > frameAt && (originLow & 3) === 0 ? (bytes - frameAt) >>> FRAME_SHIFT : 0;
    const metaFrames: u32 = (BuddyFrames.metadataBytes(total) + FRAME_SIZE - 1) >>> FRAME_SHIFT;
    const frameCount: u32 = total > metaFrames ? total - metaFrames : 0;
    const metaAt: u32 = (frameAt + frameCount * FRAME_SIZE) >>> 0;
    this.frames = new BuddyFrames(words, memory, lead, frameAt, frameCount, (this.origin + frameAt) / FRAME_SIZE, metaAt >>> 2);
    this.slabs = new Slabs(this.frames);
    if ((originLow & 3) !== 0) this.fault(AllocFault.UnalignedView, base, length);
    else if (frameCount === 0) this.fault(AllocFault.RangeTooSmall, base, length);
    this.updateFree();
    this.stats.capacity = this.stats.bytesFree;
  }

  allocate(size: u32, align: u32): number {
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, 0, align);
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, 0, size);
    const kind: u32 = kindFor(size >>> 0, align >>> 0) >>> 0;
    const offset: u32 = this.takeKind(kind) >>> 0;
    if (offset === NO_BLOCK) return this.refuse(AllocFault.None, 0, size);
    this.stats.noteAllocation(kind < PAGE_KIND ? (16 << kind) >>> 0 : (FRAME_SIZE << (kind - PAGE_KIND)) >>> 0);
    return this.origin + offset;
  }

  allocateZeroed(size: u32, align: u32): number {
    const offset: u32 = this.allocateBlock(size, align) >>> 0;
    if (offset === NO_BLOCK) return 0;
    this.stats.noteAllocation(this.usableOf(offset) >>> 0);
    // Whole words: usable sizes are powers of two >= 16, so the last word is inside the block.
    zeroWords(this.words, offset >>> 2, (offset + (size >>> 0) + 3) >>> 2);
    return this.origin + offset;
  }

  allocatePages(count: u32): number {
    const pages: u32 = count === 0 ? 1 : count >>> 0;
    if (pages > this.frames.frameCount) return this.refuse(AllocFault.None, 0, 0);
    return this.allocate(pages << FRAME_SHIFT, FRAME_SIZE);
  }

  reallocate(address: number, size: u32, align: u32): number {
    if (address === 0) return this.allocate(size, align);
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) return this.refuse(fault, address, size);
    if (!isPowerOfTwo(align)) return this.refuse(AllocFault.BadAlignment, address, align);
    if (size > this.stats.capacity) return this.refuse(AllocFault.None, address, size);
    const offset: u32 = (address - this.origin) >>> 0;
    const oldUsable: u32 = this.usableOf(offset) >>> 0;
    if (this.resizeInPlace(offset, kindFor(size >>> 0, align >>> 0) >>> 0)) {
      this.stats.noteReallocation(oldUsable, this.usableOf(offset) >>> 0);
      this.updateFree();
      return address;
    }
    const moved: u32 = this.allocateBlock(size, align) >>> 0;
    if (moved === NO_BLOCK) return 0;
    const kept: u32 = oldUsable < size ? oldUsable : size >>> 0;
    copyWords(this.words, offset >>> 2, moved >>> 2, (kept + 3) >>> 2);
    this.release(offset);
    this.stats.noteReallocation(oldUsable, this.usableOf(moved) >>> 0);
    this.updateFree();
    return this.origin + moved;
  }

  free(address: number): AllocFault {
    if (address === 0) return AllocFault.None;
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) {
      this.fault(fault, address, 0);
      return fault;
    }
    const offset: u32 = (address - this.origin) >>> 0;
    const frame: u32 = this.frameOf(offset) >>> 0;
    const orderByte: u32 = this.frames.orderByte(frame) >>> 0;
    this.stats.noteFree(usableFor(orderByte) >>> 0);
    this.releaseAt(frame, offset & (FRAME_SIZE - 1), orderByte);
    this.updateFree();
    return AllocFault.None;
  }

  usableSize(address: number): u32 {
    const fault: AllocFault = this.check(address);
    if (fault !== AllocFault.None) {
      this.fault(fault, address, 0);
      return 0;
    }
    return this.usableOf((address - this.origin) >>> 0);
  }

  largestFreeBlock(): u32 {
    // Cached empty slabs would be handed back before a request failed: count them as merged.
    if (this.slabs.releaseEmpty()) this.updateFree();
    const order: i32 = this.frames.largestFreeOrder() | 0;
    if (order >= 0) return (FRAME_SIZE << order) >>> 0;
    // No free page: only classes with a partial slab can still be served, and every size up to
    // the answer must be, so stop at the first class without one.
    let largest: u32 = 0;
    for (let c: u32 = 0; c < CLASS_COUNT && this.slabs.hasPartial(c); c++) largest = Slabs.objectSize(c);
    return largest;
  }

  statistics(): AllocatorStats {
    return this.stats;
  }

  /** View offset of a new block for the request, or NO_BLOCK (failure counted). */
  private allocateBlock(size: u32, align: u32): u32 {
    if (!isPowerOfTwo(align)) return this.refuseBlock(AllocFault.BadAlignment, align);
    if (size > this.stats.capacity) return this.refuseBlock(AllocFault.None, size);
    const offset: u32 = this.takeKind(kindFor(size >>> 0, align >>> 0) >>> 0) >>> 0;
    if (offset === NO_BLOCK) return this.refuseBlock(AllocFault.None, size);
    return offset;
  }

  /** View offset of a new block of `kind` (kindFor), or NO_BLOCK (not counted). */
  private takeKind(kind: u32): u32 {
    let offset: u32 = this.take(kind) >>> 0;
    // Out of pages: give back the cached empty slabs and try once more.
    if (offset === NO_BLOCK && this.slabs.releaseEmpty()) offset = this.take(kind) >>> 0;
    if (offset !== NO_BLOCK) this.updateFree();
    return offset;
  }

  /** An object of slab class `kind`, or a page block of order kind - PAGE_KIND; NO_BLOCK if none. */
  private take(kind: u32): u32 {
    if (kind < PAGE_KIND) {
      const object: u32 = this.slabs.newObject(kind) >>> 0;
      return object === 0 ? NO_BLOCK : object;
    }
    if (kind - PAGE_KIND >= ORDER_LIMIT) return NO_BLOCK;
    const head: u32 = this.frames.take((kind - PAGE_KIND) >>> 0) >>> 0;
    if (head === NO_BLOCK) return NO_BLOCK; // take's -1
    this.frames.setOrderByte(head, (this.frames.orderByte(head) | RETURNED_BIT) >>> 0);
    return this.frames.offsetOf(head) >>> 0;
  }

  /** Same slab class or page order: nothing to do; a smaller page order: split in place. */
  private resizeInPlace(offset: u32, kind: u32): boolean {
    const frame: u32 = this.frameOf(offset) >>> 0;
    const orderByte: u32 = this.frames.orderByte(frame) >>> 0;
    const current: u32 = (orderByte & SLAB_BIT) !== 0 ? orderByte & ORDER_MASK : PAGE_KIND + (orderByte & ORDER_MASK);
    if (kind === current) return true;
    if (current < PAGE_KIND || kind < PAGE_KIND || kind > current) return false;
    this.frames.shrink(frame, (current - PAGE_KIND) >>> 0, (kind - PAGE_KIND) >>> 0);
    return true;
  }

  private release(offset: u32): void {
    const frame: u32 = this.frameOf(offset) >>> 0;
    // Frames are page-aligned in the word view.
    this.releaseAt(frame, offset & (FRAME_SIZE - 1), this.frames.orderByte(frame) >>> 0);
  }

  /** Frees the block at `inPage` bytes into `frame`, whose order byte is `orderByte`. */
  private releaseAt(frame: u32, inPage: u32, orderByte: u32): void {
    if ((orderByte & SLAB_BIT) !== 0) this.slabs.release(frame, inPage, orderByte & ORDER_MASK);
    else this.frames.release(frame, orderByte & ORDER_MASK);
  }

  /** None when address is a live block's start; otherwise which misuse it is. */
  private check(address: number): AllocFault {
    const offset: number = address - this.origin;
    const end: number = this.frames.frameAt + this.frames.frameCount * FRAME_SIZE;
    // In range, offset is below 2^32: `>>> 0` keeps it exactly when it is an integer.
    if (!(offset >= this.frames.frameAt && offset < end) || offset >>> 0 !== offset) {
      return AllocFault.NeverAllocated;
    }
    const frame: u32 = this.frameOf(offset >>> 0) >>> 0;
    const inPage: u32 = (offset - (this.frames.offsetOf(frame) >>> 0)) >>> 0;
    const state: u32 = this.frames.state(frame) >>> 0;
    const orderByte: u32 = this.frames.orderByte(frame) >>> 0;
    if (state === USED_HEAD && (orderByte & SLAB_BIT) !== 0) return this.slabs.check(frame, inPage, orderByte);
    if (state === USED_HEAD && inPage === 0) return AllocFault.None;
    if (this.frames.ownerOf(frame) >= 0) return AllocFault.InteriorPointer;
    const returned: boolean = state === FREED || (state === FREE_HEAD && (orderByte & RETURNED_BIT) !== 0);
    if (inPage === 0 && returned) return AllocFault.DoubleFree;
    return AllocFault.NeverAllocated;
  }

  private usableOf(offset: u32): u32 {
    return usableFor(this.frames.orderByte(this.frameOf(offset) >>> 0) >>> 0) >>> 0;
  }

  private frameOf(offset: u32): u32 {
    return (offset - (this.frames.frameAt >>> 0)) >>> FRAME_SHIFT;
  }

  private updateFree(): void {
    this.stats.bytesFree = this.frames.freeFrames * FRAME_SIZE + this.slabs.freeBytes;
  }

  /** Counts a failed request, reports `fault` unless it is None (out of memory), returns 0. */
  private refuse(fault: AllocFault, address: number, detail: number): u32 {
    this.stats.failureCount += 1;
    if (fault !== AllocFault.None) this.fault(fault, address, detail);
    return 0;
  }

  private refuseBlock(fault: AllocFault, detail: number): u32 {
    this.refuse(fault, 0, detail);
    return NO_BLOCK;
  }

  private fault(fault: AllocFault, address: number, detail: number): void {
    this.stats.faultCount += 1;
    this.report(fault, address, detail);
  }
}

/** Usable size of the block whose head frame has order byte `orderByte`. */
function usableFor(orderByte: u32): u32 {
  if ((orderByte & SLAB_BIT) !== 0) return (16 << (orderByte & ORDER_MASK)) >>> 0;
  return (FRAME_SIZE << (orderByte & ORDER_MASK)) >>> 0;
}

/** Slab class for small requests, else PAGE_KIND + the order of the smallest fitting page block. */
function kindFor(size: u32, align: u32): u32 {
  const a: u32 = align < MIN_ALIGN ? MIN_ALIGN : align >>> 0;
  const bytes: u32 = size > a ? size : a;
  if (bytes <= MAX_SLAB_OBJECT) return Slabs.classFor(bytes >>> 0) >>> 0;
  const pages: u32 = (bytes + FRAME_SIZE - 1) >>> FRAME_SHIFT;
  return pages <= 1 ? PAGE_KIND : (PAGE_KIND + (31 - Math.clz32(pages - 1)) + 1) >>> 0;
}

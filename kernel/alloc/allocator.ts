// The allocator API: the one interface every kernel allocator implements (region/, buddy/, tlsf/,
// each a folder whose only export is its constructor), the statistics they keep, and how they
// report misuse. kernel/boot constructs the allocator the app selected in yao.json over the free
// range of the memory map; the runtime heap and kernel subsystems then call it through this
// interface only. Design notes and what each allocator detects: kernel/alloc/README.md.
//
// Addresses are physical addresses held in `number` (exact integers below 2^53); 0 means "no
// block". Sizes and alignments are u32. Allocators never throw and never allocate from the
// runtime heap while running (they may be that heap): misuse goes to the FaultReporter given at
// construction and comes back as an AllocFault or a 0 address.

/** Page frame size for allocatePages (x86_64 base page, Intel SDM vol. 3A section 4.5). */
export const PAGE_SIZE: u32 = 4096;

/** Every block is aligned to at least this: enough for any scalar and for SSE loads. */
export const MIN_ALIGN: u32 = 16;

/** Allocators keep offsets in u32, so a view longer than this is managed only up to here. */
export const MAX_MANAGED_BYTES: u32 = 0xffff0000;

/** What went wrong. `None` is success; OutOfMemory is never reported, only counted. */
export enum AllocFault {
  None = 0,
  /** free/reallocate/usableSize of a block that was allocated and has already been freed. */
  DoubleFree = 1,
  /** an address no allocation ever returned (outside the range, a gap, allocator metadata). */
  NeverAllocated = 2,
  /** an address inside a live block but not its start. */
  InteriorPointer = 3,
  /** an alignment that is not a power of two. */
  BadAlignment = 4,
  /** the memory given at construction cannot hold the allocator's own metadata. */
  RangeTooSmall = 5,
  /**
   * reported at construction: base and the view's position in its buffer differ modulo 4, so the
   * allocator cannot keep its metadata in aligned 32-bit words. Only a simulated RAM can do this
   * (a view of physical memory starts its buffer at base); every request then fails.
   */
  UnalignedView = 6,
}

/**
 * Called once per detected misuse, before the operation returns its error value. `address` is the
 * address passed in (0 for BadAlignment, the range base for RangeTooSmall); `detail` is the size
 * requested if any, the rejected alignment for BadAlignment, the view's length for RangeTooSmall.
 * On metal kernel/boot passes a panic that prints both, the fault name and a backtrace; tests pass
 * a recorder. The reporter must not call back into the allocator.
 */
export type FaultReporter = (fault: AllocFault, address: number, detail: number) => void;

export function faultName(fault: AllocFault): string {
  switch (fault) {
    case AllocFault.None:
      return "none";
    case AllocFault.DoubleFree:
      return "double free";
    case AllocFault.NeverAllocated:
      return "address never allocated";
    case AllocFault.InteriorPointer:
      return "interior pointer";
    case AllocFault.BadAlignment:
      return "alignment not a power of two";
    case AllocFault.RangeTooSmall:
      return "memory range too small";
    case AllocFault.UnalignedView:
      return "memory view not 4-byte aligned with its base";
  }
  return "unknown fault";
}

/**
 * Running totals, updated by the allocator on every operation; statistics() hands out the live
 * object, so copy it (copyFrom) to keep a snapshot. Byte counts use usable sizes (what
 * usableSize returns), so callers can reproduce bytesInUse exactly.
 */
export class AllocatorStats {
  /** Which allocator keeps these, for reports. */
  allocatorName: string;
  /** bytesFree right after construction: the most this allocator can ever hand out at once. */
  capacity: number = 0;
  /** Sum of usableSize over live blocks. */
  bytesInUse: number = 0;
  /** Bytes still available to future allocations (per allocator definition, see README). */
  bytesFree: number = 0;
  /** Highest bytesInUse ever seen. */
  peakBytesInUse: number = 0;
  /** Successful allocate, allocateZeroed, allocatePages, and reallocate of address 0. */
  allocationCount: number = 0;
  /** Successful free. */
  freeCount: number = 0;
  /** Successful reallocate of a live block. */
  reallocationCount: number = 0;
  /** Requests answered with address 0: out of memory, bad alignment or bad address. */
  failureCount: number = 0;
  /** Misuses reported through the FaultReporter. */
  faultCount: number = 0;

  constructor(allocatorName: string) {
    this.allocatorName = allocatorName;
  }

  noteAllocation(usable: number): void {
    this.allocationCount += 1;
    this.grow(usable);
  }

  noteFree(usable: number): void {
    this.freeCount += 1;
    this.bytesInUse -= usable;
  }

  noteReallocation(oldUsable: number, newUsable: number): void {
    this.reallocationCount += 1;
    this.bytesInUse -= oldUsable;
    this.grow(newUsable);
  }

  copyFrom(other: AllocatorStats): void {
    this.allocatorName = other.allocatorName;
    this.capacity = other.capacity;
    this.bytesInUse = other.bytesInUse;
    this.bytesFree = other.bytesFree;
    this.peakBytesInUse = other.peakBytesInUse;
    this.allocationCount = other.allocationCount;
    this.freeCount = other.freeCount;
    this.reallocationCount = other.reallocationCount;
    this.failureCount = other.failureCount;
    this.faultCount = other.faultCount;
  }

  /** One line for panics and logs, e.g. the runtime heap's out-of-memory report. */
  describe(): string {
    return (
      `${this.allocatorName}: ${this.bytesInUse} B in use (peak ${this.peakBytesInUse}), ` +
      `${this.bytesFree} B free of ${this.capacity}, ${this.allocationCount} allocations, ` +
      `${this.freeCount} frees, ${this.reallocationCount} reallocations, ` +
      `${this.failureCount} failures, ${this.faultCount} faults`
    );
  }

  private grow(usable: number): void {
    this.bytesInUse += usable;
    if (this.bytesInUse > this.peakBytesInUse) this.peakBytesInUse = this.bytesInUse;
  }
}

/**
 * The one interface every allocator implements. Blocks are aligned to max(align, MIN_ALIGN);
 * `align` must be a power of two (1 is fine). Size 0 is allowed and gives a minimal unique block.
 */
export interface Allocator {
  /** A block of at least `size` bytes, or 0 (out of memory, or BadAlignment reported). */
  allocate(size: u32, align: u32): number;

  /** allocate, then the first `size` bytes are zero. */
  allocateZeroed(size: u32, align: u32): number;

  /** `count` contiguous 4 KiB pages (count 0 counts as 1), aligned to PAGE_SIZE; free with free. */
  allocatePages(count: u32): number;

  /**
   * Resize a live block to `size` bytes aligned to max(align, MIN_ALIGN), moving it if needed;
   * the first min(old usable size, size) bytes are preserved. Address 0 behaves as allocate.
   * Returns 0 on failure, and then the old block is still live and unchanged.
   */
  reallocate(address: number, size: u32, align: u32): number;

  /** Release a live block. Address 0 is accepted and ignored. Misuse is reported and returned. */
  free(address: number): AllocFault;

  /** How many bytes at a live block's address belong to it (at least what was requested). */
  usableSize(address: number): u32;

  /**
   * A size L such that allocate(size, MIN_ALIGN) is guaranteed to succeed right now for every
   * size <= L; 0 when nothing can be allocated. Region and tlsf give the largest such L; buddy
   * gives its largest free page block, or when none is left the largest slab class below which
   * every class still has room. May drop caches (buddy's empty slabs).
   */
  largestFreeBlock(): u32;

  /** The allocator's running statistics (the live object: read it, do not change it). */
  statistics(): AllocatorStats;
}

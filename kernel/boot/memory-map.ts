// A set of physical address ranges kept sorted and disjoint: kernel/boot/usable-memory.ts builds
// the usable-RAM set with it (add what the loader reports as RAM, remove what is taken), and kmain
// gives the largest range to the selected allocator. Addresses and lengths are `number` (exact
// below 2^53).

import { PAGE_SIZE } from "../alloc/allocator";

export class MemoryRange {
  constructor(
    readonly base: number,
    readonly length: number,
  ) {}

  end(): number {
    return this.base + this.length;
  }
}

export class MemoryMap {
  private list: MemoryRange[] = [];

  /** The ranges, lowest first. */
  ranges(): MemoryRange[] {
    return this.list;
  }

  /** Adds [base, base + length), merging with ranges it overlaps or touches. */
  add(base: number, length: number): void {
    if (length <= 0) return;
    let start = base;
    let end = base + length;
    const kept: MemoryRange[] = [];
    let placed = false;
    for (const range of this.list) {
      if (range.end() < start) kept.push(range);
      else if (range.base > end) {
        if (!placed) kept.push(new MemoryRange(start, end - start));
        placed = true;
        kept.push(range);
      } else {
        start = Math.min(start, range.base);
        end = Math.max(end, range.end());
      }
    }
    if (!placed) kept.push(new MemoryRange(start, end - start));
    this.list = kept;
  }

  /** Removes [base, base + length) from every range, splitting ranges it falls inside. */
  remove(base: number, length: number): void {
    if (length <= 0) return;
    const end = base + length;
    const kept: MemoryRange[] = [];
    for (const range of this.list) {
      if (range.end() <= base || range.base >= end) {
        kept.push(range);
        continue;
      }
      if (range.base < base) kept.push(new MemoryRange(range.base, base - range.base));
      if (range.end() > end) kept.push(new MemoryRange(end, range.end() - end));
    }
    this.list = kept;
  }

  /** Removes everything at and above `limit`. */
  removeFrom(limit: number): void {
    const last = this.list.length === 0 ? 0 : this.list[this.list.length - 1].end();
    if (last > limit) this.remove(limit, last - limit);
  }

  /** Shrinks each range to whole 4 KiB pages (allocators hand out pages), dropping empty ones. */
  alignToPages(): void {
    const kept: MemoryRange[] = [];
    for (const range of this.list) {
      const start = Math.ceil(range.base / PAGE_SIZE) * PAGE_SIZE;
      const end = Math.floor(range.end() / PAGE_SIZE) * PAGE_SIZE;
      if (end > start) kept.push(new MemoryRange(start, end - start));
    }
    this.list = kept;
  }

  totalBytes(): number {
    let total = 0;
    for (const range of this.list) total += range.length;
    return total;
  }

  /** The longest range (the lowest of equals), or null when there is none. */
  largest(): MemoryRange | null {
    let best: MemoryRange | null = null;
    for (const range of this.list) {
      if (best === null || range.length > best.length) best = range;
    }
    return best;
  }
}

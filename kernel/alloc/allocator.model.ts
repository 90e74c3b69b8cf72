// Randomized model-based check for any Allocator (host test code, not kernel code): a seeded stream
// of mixed operations (allocate, allocateZeroed, allocatePages, reallocate, free, and deliberate
// misuse) runs against the allocator and against a shadow model of the live blocks. After every
// operation it checks what the model can know exactly: alignment, no overlap (a shadow owner per
// 16-byte physical granule), contents preserved, zeroing, the statistics, the fault returned
// and reported, and that an out-of-memory answer was legitimate (size > largestFreeBlock()).
// allocator.suite.ts runs it for every allocator.

import { AllocFault, Allocator, AllocatorStats, MIN_ALIGN, PAGE_SIZE, faultName } from "./allocator";
import { SeededRandom } from "./random";
import type { AllocatorCase } from "./allocator.suite";

const MAX_LIVE = 1 << 16;
const RECENT_FREES = 64;

export class ModelRun {
  readonly memory: Uint8Array;
  readonly allocator: Allocator;
  readonly stats: AllocatorStats;
  private readonly random: SeededRandom;
  private readonly owners: Int32Array;
  private readonly startById: Float64Array;
  // Live blocks, dense; removal swaps the last one in.
  private readonly addresses = new Float64Array(MAX_LIVE);
  private readonly sizes = new Uint32Array(MAX_LIVE);
  private readonly usables = new Uint32Array(MAX_LIVE);
  private readonly ids = new Int32Array(MAX_LIVE);
  private live = 0;
  private nextId = 1;
  private readonly recentFrees = new Float64Array(RECENT_FREES);
  private recentCount = 0;
  // What the statistics must say.
  private bytesInUse = 0;
  private peak = 0;
  private allocations = 0;
  private frees = 0;
  private reallocations = 0;
  private failures = 0;
  private faults = 0;
  private lastFault = AllocFault.None;
  private reportedFaults = 0;
  private op = 0;
  outOfMemoryCount = 0;
  misuseCount = 0;

  constructor(
    private readonly kase: AllocatorCase,
    bytes: number,
    private readonly base: number,
    private readonly seed: number,
    maxOps: number,
  ) {
    this.memory = new Uint8Array(bytes);
    this.allocator = kase.create(this.memory, base, (fault) => {
      this.lastFault = fault;
      this.reportedFaults += 1;
    });
    this.stats = this.allocator.statistics();
    this.random = new SeededRandom(seed);
    this.owners = new Int32Array((bytes >>> 4) + 2);
    this.startById = new Float64Array(maxOps + 2);
  }

  run(ops: number): void {
    for (let i = 0; i < ops; i++) {
      this.op = i;
      this.step();
      this.checkStats();
    }
  }

  /** Frees every live block (for the "memory fully returned" check after a run). */
  freeAll(): void {
    while (this.live > 0) this.freeAt(this.live - 1);
    this.checkStats();
  }

  private step(): void {
    const target = this.targetLive();
    const grow = this.live < target;
    const r = this.random.below(100);
    if (this.live === 0 || (grow && r < 55)) return this.allocateOne();
    if (r < 60) return this.freeAt(this.random.below(this.live));
    if (r < 75) return this.reallocateOne();
    if (r < 82) return this.allocateZeroedOne();
    if (r < 85) return this.allocatePagesOne();
    if (r < 87) return this.reallocateFromZero();
    if (r < 90) return this.misuse();
    return grow ? this.allocateOne() : this.freeAt(this.random.below(this.live));
  }

  /** The live population swings between 100 and 2100 blocks over 40,000 operations. */
  private targetLive(): number {
    const phase = this.op % 40000;
    const triangle = phase < 20000 ? phase / 20000 : (40000 - phase) / 20000;
    return 100 + Math.floor(2000 * triangle);
  }

  private randomSize(): number {
    const r = this.random.below(1000);
    if (r < 10) return 0;
    if (r < 500) return this.random.between(1, 64);
    if (r < 800) return this.random.between(65, 512);
    if (r < 950) return this.random.between(513, 4096);
    if (r < 990) return this.random.between(4097, 32768);
    return this.random.between(32769, 65536);
  }

  private randomAlign(): number {
    const r = this.random.below(100);
    if (r < 85) return 1 << this.random.below(5);
    if (r < 95) return 1 << this.random.between(5, 9);
    return 1 << this.random.between(10, 12);
  }

  private allocateOne(): void {
    const size = this.randomSize();
    const align = this.randomAlign();
    const address = this.allocator.allocate(size, align);
    if (address === 0) return this.outOfMemory(size, align);
    this.allocations += 1;
    this.adopt(address, size, align);
  }

  private allocateZeroedOne(): void {
    const size = this.randomSize();
    const align = this.randomAlign();
    const address = this.allocator.allocateZeroed(size, align);
    if (address === 0) return this.outOfMemory(size, align);
    this.allocations += 1;
    const at = this.offset(address);
    for (let i = 0; i < size; i += 1 + (i >>> 4)) {
      if (this.memory[at + i] !== 0) this.fail(`allocateZeroed(${size}) left byte ${i} non-zero`);
    }
    if (size > 0 && this.memory[at + size - 1] !== 0) this.fail(`allocateZeroed(${size}): last byte`);
    this.adopt(address, size, align);
  }

  private allocatePagesOne(): void {
    const count = this.random.between(0, 4);
    const address = this.allocator.allocatePages(count);
    const bytes = Math.max(count, 1) * PAGE_SIZE;
    if (address === 0) return this.outOfMemory(bytes, PAGE_SIZE);
    this.allocations += 1;
    this.adopt(address, bytes, PAGE_SIZE);
  }

  private reallocateFromZero(): void {
    const size = this.randomSize();
    const address = this.allocator.reallocate(0, size, MIN_ALIGN);
    if (address === 0) return this.outOfMemory(size, MIN_ALIGN);
    this.allocations += 1;
    this.adopt(address, size, MIN_ALIGN);
  }

  private reallocateOne(): void {
    if (this.live === 0) return;
    const index = this.random.below(this.live);
    const oldAddress = this.addresses[index];
    const oldSize = this.sizes[index];
    const id = this.ids[index];
    this.checkPattern(index);
    const size = this.random.chance(50) ? this.randomSize() : Math.min(oldSize * 2 + 1, 65536);
    const align = this.random.chance(80) ? MIN_ALIGN : this.randomAlign();
    const address = this.allocator.reallocate(oldAddress, size, align);
    if (address === 0) {
      this.outOfMemory(size, align);
      this.checkPattern(index);
      return;
    }
    this.reallocations += 1;
    this.checkAlignment(address, align);
    const kept = Math.min(oldSize, size);
    const at = this.offset(address);
    const tag = tagOf(id);
    if (kept > 0 && (this.memory[at] !== tag || this.memory[at + kept - 1] !== tag || this.memory[at + (kept >>> 1)] !== tag)) {
      this.fail(`reallocate(${oldSize} -> ${size}) lost contents`);
    }
    this.claim(this.usables[index], oldAddress, 0);
    const usable = this.allocator.usableSize(address);
    if (usable < size) this.fail(`usableSize ${usable} < ${size} after reallocate`);
    this.claim(usable, address, id);
    this.bytesInUse += usable - this.usables[index];
    this.peak = Math.max(this.peak, this.bytesInUse);
    this.addresses[index] = address;
    this.sizes[index] = size;
    this.usables[index] = usable;
    this.startById[id] = address;
    this.memory.fill(tag, at, at + size);
  }

  private freeAt(index: number): void {
    const address = this.addresses[index];
    this.checkPattern(index);
    const fault = this.allocator.free(address);
    if (fault !== AllocFault.None) this.fail(`free of a live block returned ${faultName(fault)}`);
    this.frees += 1;
    this.bytesInUse -= this.usables[index];
    this.claim(this.usables[index], address, 0);
    this.recentFrees[this.recentCount % RECENT_FREES] = address;
    this.recentCount += 1;
    this.live -= 1;
    this.addresses[index] = this.addresses[this.live];
    this.sizes[index] = this.sizes[this.live];
    this.usables[index] = this.usables[this.live];
    this.ids[index] = this.ids[this.live];
  }

  /** A deliberate double free, interior pointer or foreign address; nothing may change. */
  private misuse(): void {
    const r = this.random.below(3);
    let address = this.base + this.memory.length + PAGE_SIZE * this.random.between(0, 3);
    if (r === 0 && this.recentCount > 0) {
      address = this.recentFrees[this.random.below(Math.min(this.recentCount, RECENT_FREES))];
    } else if (r === 1 && this.live > 0) {
      const index = this.random.below(this.live);
      address = this.addresses[index] + this.random.between(1, Math.max(1, this.usables[index] - 1));
    }
    const expected = this.expectedFault(address);
    if (expected === AllocFault.None) return; // the address is live again: not a misuse
    this.misuseCount += 1;
    const before = this.reportedFaults;
    const fault = this.allocator.free(address);
    this.faults += 1;
    const forgotten = this.kase.mayForgetFreed && expected === AllocFault.DoubleFree && fault === AllocFault.NeverAllocated;
    if (fault !== expected && !forgotten) {
      this.fail(`misuse at +${address - this.base}: expected ${faultName(expected)}, got ${faultName(fault)}`);
    }
    if (this.reportedFaults !== before + 1 || this.lastFault !== fault) this.fail(`misuse not reported once`);
  }

  /** What free(address) must say, from the shadow owners and the history of frees. */
  private expectedFault(address: number): AllocFault {
    const offset = address - this.base;
    if (offset < 0 || offset >= this.memory.length) return AllocFault.NeverAllocated;
    const owner = this.owners[this.granuleOf(address)];
    if (owner !== 0) return this.startById[owner] === address ? AllocFault.None : AllocFault.InteriorPointer;
    for (let i = 0; i < Math.min(this.recentCount, RECENT_FREES); i++) {
      if (this.recentFrees[i] === address) return AllocFault.DoubleFree;
    }
    return AllocFault.NeverAllocated;
  }

  private outOfMemory(size: number, align: number): void {
    this.failures += 1;
    this.outOfMemoryCount += 1;
    const largest = this.allocator.largestFreeBlock();
    if (align <= MIN_ALIGN && largest > 0 && size <= largest) {
      this.fail(`allocation of ${size} failed though largestFreeBlock is ${largest}`);
    }
  }

  private adopt(address: number, size: number, align: number): void {
    this.checkAlignment(address, align);
    const usable = this.allocator.usableSize(address);
    if (usable < size) this.fail(`usableSize ${usable} < requested ${size}`);
    const id = this.nextId++;
    this.claim(usable, address, id);
    if (this.live === MAX_LIVE) this.fail("model full");
    this.addresses[this.live] = address;
    this.sizes[this.live] = size;
    this.usables[this.live] = usable;
    this.ids[this.live] = id;
    this.live += 1;
    this.startById[id] = address;
    this.bytesInUse += usable;
    this.peak = Math.max(this.peak, this.bytesInUse);
    const at = this.offset(address);
    this.memory.fill(tagOf(id), at, at + size);
  }

  /** Marks [address, address + usable) as owned by id (0: released); owned granules must not overlap. */
  private claim(usable: number, address: number, id: number): void {
    const at = this.offset(address);
    if (at + usable > this.memory.length) this.fail(`block [${at}, +${usable}) leaves the range`);
    const from = this.granuleOf(address);
    const to = this.granuleOf(address + usable - 1);
    for (let g = from; g <= to; g++) {
      if (id !== 0 && this.owners[g] !== 0) this.fail(`block at +${at} (${usable} B) overlaps block ${this.owners[g]}`);
      this.owners[g] = id;
    }
  }

  private checkPattern(index: number): void {
    const size = this.sizes[index];
    if (size === 0) return;
    const at = this.offset(this.addresses[index]);
    const tag = tagOf(this.ids[index]);
    if (this.memory[at] !== tag || this.memory[at + size - 1] !== tag || this.memory[at + (size >>> 1)] !== tag) {
      this.fail(`contents of a live ${size}-byte block at +${at} changed`);
    }
  }

  private checkAlignment(address: number, align: number): void {
    if (address % Math.max(align, MIN_ALIGN) !== 0) this.fail(`address ${address} not aligned to ${align}`);
  }

  private checkStats(): void {
    const s = this.stats;
    if (
      s.bytesInUse !== this.bytesInUse ||
      s.peakBytesInUse !== this.peak ||
      s.allocationCount !== this.allocations ||
      s.freeCount !== this.frees ||
      s.reallocationCount !== this.reallocations ||
      s.failureCount !== this.failures ||
      s.faultCount !== this.faults ||
      s.bytesInUse + s.bytesFree > s.capacity
    ) {
      this.fail(
        `statistics drifted: ${s.describe()}; model: ${this.bytesInUse} in use (peak ${this.peak}), ` +
          `${this.allocations} allocations, ${this.frees} frees, ${this.reallocations} reallocations, ` +
          `${this.failures} failures, ${this.faults} faults`,
      );
    }
  }

  /** Granules are 16-byte aligned in physical addresses, like blocks, whatever the base. */
  private granuleOf(address: number): number {
    return Math.floor(address / 16) - Math.floor(this.base / 16);
  }

  private offset(address: number): number {
    return address - this.base;
  }

  private fail(message: string): never {
    throw new Error(`${this.kase.name}, seed ${this.seed}, operation ${this.op}: ${message}`);
  }
}

function tagOf(id: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 24) | 1;
}

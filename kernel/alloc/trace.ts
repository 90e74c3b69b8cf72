// A fixed, seeded allocation trace and its replay against any Allocator: the workload of the
// allocator benchmark (kernel/alloc/bench.ts under Node; later the same file compiled by yao for
// the host target against glibc malloc, and inside the kernel under QEMU). Kernel-subset code: no
// allocation while replaying, integer arithmetic only, no host APIs; timing is the caller's job.
//
// The trace is a list of operations on numbered slots: allocate into an empty slot, free a full
// slot, or reallocate a full slot. Sizes run from 8 B to 64 KiB, mostly small (60% up to 128 B,
// 25% up to 1 KiB, 12% up to 8 KiB, 3% up to 64 KiB); alignment is 8 for 98% of requests, 64 for
// 1.5%, 4096 for 0.5%. Lifetimes are mixed: a pool of 256 short-lived slots churns on most steps,
// while a pool of long-lived slots fills and drains in waves of 100,000 operations.

import { Allocator } from "./allocator";
import { SeededRandom } from "./random";

export const TRACE_ALLOCATE: u8 = 0;
export const TRACE_FREE: u8 = 1;
export const TRACE_REALLOCATE: u8 = 2;

const SHORT_SLOTS: u32 = 256;
const WAVE: u32 = 100000;

export class AllocationTrace {
  readonly kinds: Uint8Array;
  readonly slots: Uint32Array;
  readonly sizes: Uint32Array;
  readonly aligns: Uint32Array;
  readonly length: u32;
  readonly slotCount: u32;

  constructor(length: u32, slotCount: u32) {
    this.length = length;
    this.slotCount = slotCount;
    this.kinds = new Uint8Array(length);
    this.slots = new Uint32Array(length);
    this.sizes = new Uint32Array(length);
    this.aligns = new Uint32Array(length);
  }
}

/** What a replay did. */
export class TraceResult {
  operations: u32 = 0;
  failures: u32 = 0;
  /** Bytes requested by the blocks still live at the end. */
  liveRequested: number = 0;
}

/** The benchmark trace: `length` operations over `slotCount` slots (> 256), from `seed`. */
export function generateTrace(seed: u32, length: u32, slotCount: u32): AllocationTrace {
  const trace = new AllocationTrace(length, slotCount);
  const random = new SeededRandom(seed);
  const full = new Uint8Array(slotCount);
  const longSlots: u32 = (slotCount - SHORT_SLOTS) >>> 0;
  for (let i: u32 = 0; i < length; i++) {
    let slot: u32 = 0;
    if (random.chance(70)) {
      slot = random.below(SHORT_SLOTS);
    } else {
      // The long-lived pool's fill target rises and falls in waves.
      const phase: u32 = i % WAVE;
      const rising: boolean = phase < WAVE / 2;
      slot = (SHORT_SLOTS + random.below(longSlots)) >>> 0;
      if (full[slot] === 0 && !rising && random.chance(60)) slot = (SHORT_SLOTS + random.below(longSlots)) >>> 0;
      if (full[slot] !== 0 && rising && random.chance(60)) slot = (SHORT_SLOTS + random.below(longSlots)) >>> 0;
    }
    trace.slots[i] = slot;
    trace.sizes[i] = traceSize(random);
    trace.aligns[i] = traceAlign(random);
    if (full[slot] === 0) {
      trace.kinds[i] = TRACE_ALLOCATE;
      full[slot] = 1;
    } else if (random.chance(8)) {
      trace.kinds[i] = TRACE_REALLOCATE;
    } else {
      trace.kinds[i] = TRACE_FREE;
      full[slot] = 0;
    }
  }
  return trace;
}

/**
 * Replays the trace. `addresses` and `requested` (slotCount entries each, zeroed by the caller)
 * hold each slot's block; a failed allocation leaves its slot empty and later operations on it
 * become allocate (reallocate of 0) or nothing (free of 0). Blocks still live at the end stay live
 * so the caller can measure fragmentation; freeAll releases them.
 */
export function replayTrace(trace: AllocationTrace, allocator: Allocator, addresses: Float64Array, requested: Uint32Array): TraceResult {
  const result = new TraceResult();
  // Locals, not fields, in the loop: the replay's own work should cost next to nothing.
  const kinds: Uint8Array = trace.kinds;
  const slots: Uint32Array = trace.slots;
  const sizes: Uint32Array = trace.sizes;
  const aligns: Uint32Array = trace.aligns;
  const length: u32 = trace.length >>> 0;
  let live: number = 0;
  let failures: u32 = 0;
  // The same steps as the C driver's glibc loop (bench/alloc/host/driver.c, replay_glibc).
  for (let i: u32 = 0; i < length; i++) {
    const slot: u32 = slots[i];
    const kind: u32 = kinds[i];
    const address: number = addresses[slot];
    if (kind === TRACE_FREE) {
      allocator.free(address);
      live -= requested[slot];
      addresses[slot] = 0;
      requested[slot] = 0;
      continue;
    }
    const size: u32 = sizes[i];
    const block: number = kind === TRACE_ALLOCATE ? allocator.allocate(size, aligns[i]) : allocator.reallocate(address, size, aligns[i]);
    if (block === 0) {
      failures += 1;
      continue;
    }
    live += size - requested[slot];
    requested[slot] = size;
    addresses[slot] = block;
  }
  result.operations = length;
  result.failures = failures;
  result.liveRequested = live;
  return result;
}

/** FNV-1a over every operation: the C driver and Node must generate the identical trace. */
export function traceChecksum(trace: AllocationTrace): u32 {
  let hash: u32 = 0x811c9dc5;
  for (let i: u32 = 0; i < trace.length; i++) {
    hash = Math.imul(hash ^ trace.kinds[i], 0x01000193) >>> 0;
    hash = Math.imul(hash ^ trace.slots[i], 0x01000193) >>> 0;
    hash = Math.imul(hash ^ trace.sizes[i], 0x01000193) >>> 0;
    hash = Math.imul(hash ^ trace.aligns[i], 0x01000193) >>> 0;
  }
  return hash;
}

/** Frees every block a replay left live and clears the slot tables. */
export function freeAll(allocator: Allocator, addresses: Float64Array, requested: Uint32Array): void {
  for (let slot: u32 = 0; slot < addresses.length; slot++) {
    if (addresses[slot] !== 0) allocator.free(addresses[slot]);
    addresses[slot] = 0;
    requested[slot] = 0;
  }
}

function traceSize(random: SeededRandom): u32 {
  const r: u32 = random.below(100);
  if (r < 60) return random.between(8, 128);
  if (r < 85) return random.between(129, 1024);
  if (r < 97) return random.between(1025, 8192);
  return random.between(8193, 65536);
}

function traceAlign(random: SeededRandom): u32 {
  const r: u32 = random.below(1000);
  if (r < 980) return 8;
  if (r < 995) return 64;
  return 4096;
}

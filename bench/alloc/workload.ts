// What the allocator benchmark replays and how it reads an allocator's state at the end, shared
// by the host replay (bench/alloc/host/replay.ts, compiled by yao and driven from C) and the
// kernel apps (bench/alloc/apps/*, run under QEMU). Kernel-subset code: no host APIs, no clock.
// The trace itself is kernel/alloc/trace.ts (mixed sizes 8 B..64 KiB, mixed lifetimes, seeded).

import { Allocator } from "../../kernel/alloc/allocator";
import { AllocationTrace, TRACE_FREE } from "../../kernel/alloc/trace";

/** The trace every part of the benchmark replays (kernel/alloc/bench.ts uses the same). */
export const TRACE_SEED: u32 = 2024;
export const TRACE_SLOTS: u32 = 16384;

/** The allocators are constructed at this physical address on the host (any value works). */
export const HOST_BASE: number = 0x40000000;

/** Region never reuses memory: it replays only the prefix of the trace that fits in this much. */
export const REGION_BUDGET: number = 966367641; // 0.9 GiB, as kernel/alloc/bench.ts

/**
 * How many operations of `trace` fit in `bytes` when nothing is ever reused: every allocate and
 * reallocate costs its size plus its alignment (at least 16). Same rule as kernel/alloc/bench.ts.
 */
export function prefixFitting(trace: AllocationTrace, bytes: number): u32 {
  let consumed: number = 0;
  for (let i: u32 = 0; i < trace.length; i++) {
    if (trace.kinds[i] !== TRACE_FREE) {
      const align: u32 = trace.aligns[i] > 16 ? trace.aligns[i] : 16;
      consumed += align + trace.sizes[i];
    }
    if (consumed > bytes) return i;
  }
  return trace.length;
}

/** Bytes no longer available to future allocations (capacity minus free). */
export function bytesUsed(allocator: Allocator): number {
  const stats = allocator.statistics();
  return stats.capacity - stats.bytesFree;
}

/** 1 - largestFreeBlock / bytesFree: how much of the free memory a single request cannot get. */
export function externalFragmentation(allocator: Allocator): number {
  const free: number = allocator.statistics().bytesFree;
  if (free === 0) return 0;
  return 1 - allocator.largestFreeBlock() / free;
}

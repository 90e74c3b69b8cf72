// The yao side of the host allocator benchmark: kernel/alloc's three allocators and the trace of
// kernel/alloc/trace.ts, compiled by yao for the host target and linked with the C driver
// (bench/alloc/host/driver.c), which calls these exported functions by their C names
// (bench_alloc_host_replay__<name>, declared from the generated C by bench/alloc/run.ts) and does
// all the timing with clock_gettime. The driver replays the same trace against glibc malloc in
// the same process. Kernel-subset code: module state instead of objects crossing into C, numbers
// only at the boundary.

import { AllocFault, Allocator, FaultReporter } from "../../../kernel/alloc/allocator";
import { createBuddyAllocator } from "../../../kernel/alloc/buddy/buddy";
import { createRegionAllocator } from "../../../kernel/alloc/region/region";
import { createTlsfAllocator } from "../../../kernel/alloc/tlsf/tlsf";
import { AllocationTrace, TraceResult, freeAll, generateTrace, replayTrace, traceChecksum } from "../../../kernel/alloc/trace";
import { HOST_BASE, REGION_BUDGET, TRACE_SLOTS, bytesUsed, externalFragmentation, prefixFitting } from "../workload";

/** Allocator numbers the driver passes (its table has the same order). */
export const ALLOC_REGION: i32 = 0;
export const ALLOC_BUDDY: i32 = 1;
export const ALLOC_TLSF: i32 = 2;

let fullTrace: AllocationTrace | null = null;
let regionTrace: AllocationTrace | null = null;
/** One simulated RAM buffer per allocator, so each one's first construction meets untouched pages. */
const rams: Uint8Array[] = [];
let current: Allocator | null = null;
let currentKind: i32 = -1;
let result: TraceResult | null = null;
let faults: u32 = 0;
const addresses = new Float64Array(TRACE_SLOTS);
const requested = new Uint32Array(TRACE_SLOTS);

const countFault: FaultReporter = (fault: AllocFault, address: number, detail: number): void => {
  faults += 1;
};

/** Generates the trace (and region's prefix of it); returns its FNV-1a checksum. */
export function benchGenerate(seed: u32, length: u32): u32 {
  const trace = generateTrace(seed, length, TRACE_SLOTS);
  fullTrace = trace;
  regionTrace = generateTrace(seed, prefixFitting(trace, REGION_BUDGET), TRACE_SLOTS);
  return traceChecksum(trace);
}

/** The operations region replays (a prefix of the trace: it never reuses memory). */
export function benchRegionLength(): u32 {
  const trace = regionTrace;
  return trace === null ? 0 : trace.length;
}

/** Operation i of the trace, for the driver's copy: kind, slot, size, alignment. */
export function benchKind(i: u32): u32 {
  const trace = fullTrace;
  return trace === null ? 0 : trace.kinds[i];
}
export function benchSlot(i: u32): u32 {
  const trace = fullTrace;
  return trace === null ? 0 : trace.slots[i];
}
export function benchSize(i: u32): u32 {
  const trace = fullTrace;
  return trace === null ? 0 : trace.sizes[i];
}
export function benchAlign(i: u32): u32 {
  const trace = fullTrace;
  return trace === null ? 0 : trace.aligns[i];
}

/**
 * Takes the next allocator's simulated RAM (region's, then buddy's, then tlsf's): a Uint8Array the
 * driver made over memory it mapped itself (yao_ta_external), zeroed and backed lazily by the
 * host, so that only the pages an allocator writes become resident, and outside the collector's
 * heap, so that no collection scans it.
 */
export function benchAdopt(ram: Uint8Array): void {
  rams.push(ram);
}

/**
 * A fresh allocator of `kind` over the first `bytes` of its RAM; 0 when it worked. The driver
 * times this call for the initialization figures.
 */
export function benchConstruct(kind: i32, bytes: number): i32 {
  if (kind < ALLOC_REGION || kind > ALLOC_TLSF || kind >= rams.length) return 2;
  const ram = rams[kind];
  if (bytes > ram.length) return 1;
  const view = bytes === ram.length ? ram : ram.subarray(0, bytes);
  if (kind === ALLOC_REGION) current = createRegionAllocator(view, HOST_BASE, countFault);
  else if (kind === ALLOC_BUDDY) current = createBuddyAllocator(view, HOST_BASE, countFault);
  else if (kind === ALLOC_TLSF) current = createTlsfAllocator(view, HOST_BASE, countFault);
  else return 2;
  currentKind = kind;
  return 0;
}

/** Replays the trace (region: its prefix) on the allocator constructed last; the driver times it. */
export function benchReplay(): u32 {
  const trace = currentKind === ALLOC_REGION ? regionTrace : fullTrace;
  // `current` is read directly, never through a local: yao 0.1 compiles a local of an
  // interface-or-null type initialized from another variable as null (see bench/README.md).
  if (current === null || trace === null) return 0;
  result = replayTrace(trace, current, addresses, requested);
  return trace.length;
}

/** After a replay: requests that got no memory. */
export function benchFailures(): u32 {
  const r = result;
  return r === null ? 0 : r.failures;
}

/** After a replay: bytes requested by the blocks still live. */
export function benchLiveRequested(): number {
  const r = result;
  return r === null ? 0 : r.liveRequested;
}

/** After a replay: bytes the allocator no longer has free (capacity - bytesFree). */
export function benchBytesUsed(): number {
  return current === null ? 0 : bytesUsed(current);
}

/** 1 - largestFreeBlock / bytesFree of the allocator constructed last. */
export function benchExternalFragmentation(): number {
  return current === null ? 0 : externalFragmentation(current);
}

/** Misuses the allocators reported so far (any is a bug in an allocator or in the replay). */
export function benchFaults(): u32 {
  return faults;
}

/** Frees what the last replay left live and empties the slot tables for the next replay. */
export function benchFreeAll(): void {
  if (current !== null) freeAll(current, addresses, requested);
  addresses.fill(0);
  requested.fill(0);
}

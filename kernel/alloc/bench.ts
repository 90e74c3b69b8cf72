// Allocator benchmark under Node (a script, not a test): `npx tsx kernel/alloc/bench.ts [ops]`.
// For each allocator it prints initialization time over 64 MiB and 1 GiB of simulated RAM, then
// replays the fixed trace of trace.ts (mixed sizes 8 B..64 KiB, mixed lifetimes, seed 2024) over
// 1 GiB and prints operations per second and the fragmentation left at the end.
//
// Simulated RAM is a real Uint8Array of the full size. Node allocates large ArrayBuffers zeroed
// through calloc, which the kernel backs lazily with zero pages, so a 1 GiB buffer costs only
// the pages an allocator actually writes; the resident-set growth printed next to the 1 GiB
// initialization shows how many that is. Host-only code: the timed part (trace.ts) is kernel-subset.

import { Allocator, FaultReporter } from "./allocator";
import { createBuddyAllocator } from "./buddy/buddy";
import { createRegionAllocator } from "./region/region";
import { createTlsfAllocator } from "./tlsf/tlsf";
import { AllocationTrace, TRACE_FREE, freeAll, generateTrace, replayTrace, traceChecksum } from "./trace";

type Create = (memory: Uint8Array, base: number, report: FaultReporter) => Allocator;

const MiB = 1 << 20;
const GiB = 1 << 30;
const BASE = 0x4000_0000;
const SEED = 2024;
const SLOTS = 16384;
const INIT_RUNS = 200;

const allocators: [string, Create][] = [
  ["region", createRegionAllocator],
  ["buddy", createBuddyAllocator],
  ["tlsf", createTlsfAllocator],
];

function panicOnFault(): FaultReporter {
  return (fault, address) => {
    throw new Error(`allocator fault ${fault} at ${address}`);
  };
}

function microseconds(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1000;
}

/** Median construction time over `memory` in microseconds, after a first (cold) one. */
function initTimes(create: Create, memory: Uint8Array): [number, number] {
  const times: number[] = [];
  for (let i = 0; i < INIT_RUNS; i++) {
    const start = process.hrtime.bigint();
    create(memory, BASE, panicOnFault());
    times.push(microseconds(start));
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  return [times[times.length >> 1], first];
}

function residentMiB(): number {
  return process.memoryUsage().rss / MiB;
}

/** How many operations of the trace fit in `bytes` if nothing is ever reused (for region). */
function prefixFitting(trace: AllocationTrace, bytes: number): number {
  let consumed = 0;
  for (let i = 0; i < trace.length; i++) {
    if (trace.kinds[i] !== TRACE_FREE) consumed += Math.max(trace.aligns[i], 16) + trace.sizes[i];
    if (consumed > bytes) return i;
  }
  return trace.length;
}

function externalFragmentation(allocator: Allocator): number {
  const stats = allocator.statistics();
  return stats.bytesFree === 0 ? 0 : 1 - allocator.largestFreeBlock() / stats.bytesFree;
}

function benchmark(name: string, create: Create, fullTrace: AllocationTrace, small: Uint8Array, large: Uint8Array): void {
  // Construct over 64 MiB first: this also warms the JIT before the cold 1 GiB measurement.
  const [init64, cold64] = initTimes(create, small);
  const rssBefore = residentMiB();
  const [init1g, cold1g] = initTimes(create, large);
  const rssGrowth = residentMiB() - rssBefore;

  const trace = name === "region" ? generateTrace(SEED, prefixFitting(fullTrace, 0.9 * GiB), SLOTS) : fullTrace;
  const addresses = new Float64Array(SLOTS);
  const requested = new Uint32Array(SLOTS);
  // Warm-up replay over the same memory: JIT, and the page faults of first touch, stay out of the timing.
  replayTrace(trace, create(large, BASE, panicOnFault()), addresses, requested);
  addresses.fill(0);
  requested.fill(0);
  const allocator = create(large, BASE, panicOnFault());
  const freshFragmentation = externalFragmentation(allocator);
  const start = process.hrtime.bigint();
  const result = replayTrace(trace, allocator, addresses, requested);
  const seconds = microseconds(start) / 1e6;
  const stats = allocator.statistics();
  const used = stats.capacity - stats.bytesFree;
  console.log(
    `${name.padEnd(7)} ${fmt(init64, 6)} µs (${fmt(cold64, 5)})  ${fmt(init1g, 6)} µs (${fmt(cold1g, 5)})  ` +
      `${rssGrowth.toFixed(1).padStart(6)}  ${String(result.operations).padStart(8)}  ${fmt(result.operations / seconds, 9)}  ` +
      `${String(result.failures).padStart(5)}  ${(result.liveRequested / MiB).toFixed(2).padStart(7)}  ` +
      `${(used / result.liveRequested).toFixed(3).padStart(8)}  ` +
      `${(100 * externalFragmentation(allocator)).toFixed(1).padStart(5)}% (${(100 * freshFragmentation).toFixed(1)}%)`,
  );
  freeAll(allocator, addresses, requested);
}

function main(): void {
  const operations = Number(process.argv[2] ?? 2_000_000);
  const trace = generateTrace(SEED, operations, SLOTS);
  console.log(
    `trace: ${operations} operations over ${SLOTS} slots, seed ${SEED}, checksum ${traceChecksum(trace).toString(16)}; ` +
      `Node ${process.version}; simulated RAM at ${BASE.toString(16)}`,
  );
  // Every buffer up front: allocating a 1 GiB buffer later can start a collection mid-measurement.
  const small = new Uint8Array(64 * MiB);
  const large: Uint8Array[] = allocators.map(() => new Uint8Array(GiB));
  console.log("        init 64 MiB (cold)  init 1 GiB (cold)  RSS+MiB  ops       ops/s      fails  liveMiB  used/req  ext.frag (fresh)");
  allocators.forEach(([name, create], i) => benchmark(name, create, trace, small, large[i]));
  console.log(
    "init: median of " + INIT_RUNS + " constructions; cold: the first, on untouched pages (page faults included).\n" +
      "RSS+MiB: resident growth over the 1 GiB constructions. region replays the prefix that fits in 0.9 GiB.\n" +
      "used/req: bytes no longer free per byte requested by the blocks live at the end (region: everything " +
      "ever allocated stays used); ext.frag: 1 - largestFreeBlock / bytesFree at the end (on a fresh allocator).",
  );
}

function fmt(value: number, width: number): string {
  return (value >= 100 ? Math.round(value).toString() : value.toFixed(1)).padStart(width);
}

main();

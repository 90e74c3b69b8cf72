// The allocator benchmark inside the kernel (bench/alloc, part b): the apps under
// bench/alloc/apps/ call runKernelBench with the constructor of the allocator they select, and
// bench/alloc/run.ts builds each with the same `--modules alloc=<name>` and boots it under QEMU
// (TCG). The app takes 1 GiB (less 64 KiB) of RAM from the kernel heap (a typed array, which
// the runtime takes zeroed from the heap: the same allocator), then, over that range:
//   - times the allocator's construction over its first 64 MiB and over all of it (the first,
//     on pages nothing has touched yet, and the median of INIT_RUNS);
//   - generates the trace of kernel/alloc/trace.ts (seeded: the same operations as on the host,
//     but by default only its first 200,000) and replays it REPLAYS times, each on a freshly constructed allocator; region replays the
//     prefix that fits in 0.9 GiB, as on the host;
//   - prints the operations per second of the best and of the first replay, and the state left at
//     the end of the trace (bytes used per byte requested, external fragmentation).
// Times come from the shim's clock_gettime: the TSC, calibrated against the PIT at boot. Under
// TCG they are emulated time, good for comparing allocators with each other, not with the host.
//
// The range is given to the allocators at the physical address HOST_BASE, as on the host, whatever
// its real address: an allocator only computes with addresses (alignment, frame numbers) and
// never dereferences them, so it does the same work as at that address. (The real address is not
// known to TypeScript: kernelHeap() would give the pages and their address, but yao 0.1 compiles
// it to return null; see bench/README.md.)
//
// Output: lines `alloc-bench key=value ...` that run.ts parses; the exit status is 0, or 1 on a
// bad argument.

import { AllocFault, Allocator, FaultReporter } from "../../kernel/alloc/allocator";
import { generateTrace, replayTrace, traceChecksum, TraceResult } from "../../kernel/alloc/trace";
import { AllocatorConstructor } from "../../kernel/boot/modules";
import { CLOCK_MONOTONIC, clock_gettime } from "../../kernel/shim/shim";
import { print } from "../../kernel/shim/print";
import { HOST_BASE, REGION_BUDGET, TRACE_SEED, TRACE_SLOTS, bytesUsed, externalFragmentation, prefixFitting } from "./workload";

const MIB: number = 1048576;
/**
 * "1 GiB", less 64 KiB: the runtime adds a header and rounds a large typed array up to its own
 * pages and alignment, and buddy can only hand out blocks of 2^k pages, so a full 1 GiB array
 * would need a 2 GiB block.
 */
const RANGE_BYTES: number = 1024 * MIB - 65536;
const SMALL_RANGE_BYTES: number = 64 * MIB;
/** Where the warm-up construction goes: between the 64 MiB range's top and the 1 GiB range's. */
const WARMUP_AT: number = 512 * MIB;
const INIT_RUNS: u32 = 51;
/** TCG runs this code about 50 times slower than the host: the first 200,000 operations (two waves of the long-lived pool). */
const DEFAULT_OPERATIONS: u32 = 200000;
const REPLAYS: u32 = 2;

class FaultCounter {
  count: u32 = 0;
}

/** Runs the benchmark on the allocator `create` builds; argv[0], if given, is the trace length. */
export function runKernelBench(name: string, create: AllocatorConstructor, argv: string[]): i32 {
  const operations: u32 = argv.length > 0 ? parseCount(argv[0]) : DEFAULT_OPERATIONS;
  if (operations === 0) {
    print(`alloc-bench error=bad-argument text=${argv[0]}`);
    return 1;
  }
  const ram = new Uint8Array(RANGE_BYTES);
  const base = HOST_BASE;
  const faults = new FaultCounter();
  const report: FaultReporter = (fault: AllocFault, address: number, detail: number): void => {
    faults.count += 1;
  };
  // An untimed construction over a 1 MiB stretch that the timed ones do not touch: the collector
  // runs at some allocation after the 1 GiB one and scans the array (about a second under TCG);
  // the constructor's allocations set it off here, not inside the first timed construction.
  create(ram.subarray(WARMUP_AT, WARMUP_AT + MIB), base + WARMUP_AT, report);
  timeInit(name, create, ram.subarray(0, SMALL_RANGE_BYTES), base, report);
  timeInit(name, create, ram, base, report);
  replay(name, create, ram, base, report, operations);
  print(`alloc-bench name=${name} faults=${faults.count}`);
  return 0;
}

/** Construction over `memory`: the first time (cold pages) and the median of INIT_RUNS. */
function timeInit(name: string, create: AllocatorConstructor, memory: Uint8Array, base: number, report: FaultReporter): void {
  const times = new Float64Array(INIT_RUNS);
  for (let i: u32 = 0; i < INIT_RUNS; i++) {
    const start = clock_gettime(CLOCK_MONOTONIC);
    create(memory, base, report);
    times[i] = clock_gettime(CLOCK_MONOTONIC) - start;
  }
  const first = times[0];
  sortAscending(times);
  const median = times[INIT_RUNS >>> 1];
  print(`alloc-bench init name=${name} bytes=${memory.length} median_ns=${median} first_ns=${first} runs=${INIT_RUNS}`);
}

/** Generates the trace, replays it REPLAYS times on fresh allocators, prints speed and state. */
function replay(name: string, create: AllocatorConstructor, ram: Uint8Array, base: number, report: FaultReporter, operations: u32): void {
  const started = clock_gettime(CLOCK_MONOTONIC);
  let trace = generateTrace(TRACE_SEED, operations, TRACE_SLOTS);
  const checksum = traceChecksum(trace);
  if (name === "region") trace = generateTrace(TRACE_SEED, prefixFitting(trace, REGION_BUDGET), TRACE_SLOTS);
  const generated = clock_gettime(CLOCK_MONOTONIC) - started;
  print(`alloc-bench trace operations=${operations} checksum=${checksum} replayed=${trace.length} generate_ns=${generated}`);
  const addresses = new Float64Array(TRACE_SLOTS);
  const requested = new Uint32Array(TRACE_SLOTS);
  let best: number = 0;
  let first: number = 0;
  for (let run: u32 = 0; run < REPLAYS; run++) {
    addresses.fill(0);
    requested.fill(0);
    const allocator = create(ram, base, report);
    const start = clock_gettime(CLOCK_MONOTONIC);
    const result = replayTrace(trace, allocator, addresses, requested);
    const elapsed = clock_gettime(CLOCK_MONOTONIC) - start;
    if (run === 0) {
      first = elapsed;
      printState(name, allocator, result);
    }
    if (run === 0 || elapsed < best) best = elapsed;
  }
  print(`alloc-bench replay name=${name} operations=${trace.length} best_ns=${best} first_ns=${first} runs=${REPLAYS}`);
}

function printState(name: string, allocator: Allocator, result: TraceResult): void {
  print(
    `alloc-bench state name=${name} failures=${result.failures} live_requested=${result.liveRequested} ` +
      `used=${bytesUsed(allocator)} ext_frag=${externalFragmentation(allocator)}`,
  );
}

/** A positive decimal integer below 2^32, or 0. */
function parseCount(text: string): u32 {
  let value: number = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
    if (value > 4294967295) return 0;
  }
  return value >>> 0;
}

/** Insertion sort: INIT_RUNS values, and no allocation. */
function sortAscending(values: Float64Array): void {
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

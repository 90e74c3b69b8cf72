// Runs the shared allocator suite (allocator.suite.ts) over every allocator in kernel/alloc.
// Model sizes: tlsf and buddy each get a million randomized operations; region, which never reuses
// memory, gets fewer over a larger simulated RAM (it runs out of memory part-way, which is tested).

import { createBuddyAllocator } from "./buddy/buddy";
import { createRegionAllocator } from "./region/region";
import { createTlsfAllocator } from "./tlsf/tlsf";
import { describeAllocators } from "./allocator.suite";

const MiB = 1 << 20;

describeAllocators([
  { name: "region", create: createRegionAllocator, reuses: false, mayForgetFreed: false, modelOps: 150_000, modelBytes: 128 * MiB },
  { name: "buddy", create: createBuddyAllocator, reuses: true, mayForgetFreed: true, modelOps: 1_000_000, modelBytes: 4 * MiB },
  { name: "tlsf", create: createTlsfAllocator, reuses: true, mayForgetFreed: false, modelOps: 1_000_000, modelBytes: 4 * MiB },
]);

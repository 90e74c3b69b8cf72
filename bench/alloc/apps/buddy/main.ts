// The in-kernel allocator benchmark on buddy (bench/alloc/kernel-bench.ts says what it measures).
// bench/alloc/run.ts builds it with --modules alloc=buddy, so the kernel heap is buddy too and no other
// allocator is in the image; argv[0], if given, is the trace length.

import { createBuddyAllocator } from "../../../../kernel/alloc/buddy/buddy";
import { runKernelBench } from "../../kernel-bench";

export function main(argv: string[]): i32 {
  return runKernelBench("buddy", createBuddyAllocator, argv);
}

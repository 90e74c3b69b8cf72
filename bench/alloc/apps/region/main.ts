// The in-kernel allocator benchmark on region (bench/alloc/kernel-bench.ts says what it measures).
// bench/alloc/run.ts builds it with --modules alloc=region, so the kernel heap is region too and no other
// allocator is in the image; argv[0], if given, is the trace length.

import { createRegionAllocator } from "../../../../kernel/alloc/region/region";
import { runKernelBench } from "../../kernel-bench";

export function main(argv: string[]): i32 {
  return runKernelBench("region", createRegionAllocator, argv);
}

// The in-kernel allocator benchmark on tlsf (bench/alloc/kernel-bench.ts says what it measures).
// bench/alloc/run.ts builds it with --modules alloc=tlsf, so the kernel heap is tlsf too and no other
// allocator is in the image; argv[0], if given, is the trace length.

import { createTlsfAllocator } from "../../../../kernel/alloc/tlsf/tlsf";
import { runKernelBench } from "../../kernel-bench";

export function main(argv: string[]): i32 {
  return runKernelBench("tlsf", createTlsfAllocator, argv);
}

// Hooks into the compiled program's runtime (compiler/runtime): the kernel tells the runtime
// where its heap's memory comes from once the selected allocator is running. Under Node and on
// the host target the runtime manages its own memory, so these do nothing there.

/**
 * From now on the runtime takes its heap blocks from `allocate(size)`, which returns the address
 * of a zeroed, 16-byte aligned block, or 0 when memory is exhausted (the runtime then panics
 * naming the request size). `allocate` must not itself allocate.
 * @native yao_rt_set_heap
 */
export function setHeapAllocator(allocate: (size: number) => number): void {
  void allocate;
}

/** Bytes the runtime took from its bootstrap arena before (and outside) the kernel heap.
 * @native yao_rt_arena_used
 */
export function bootstrapArenaUsed(): number {
  return 0;
}

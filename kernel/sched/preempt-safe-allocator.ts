// The kernel heap as threads share it: every call runs with preemption disabled, because the
// allocators (kernel/alloc) keep their free lists in plain fields and must not be switched away
// from halfway. A section this short never needs interrupts off: interrupt handlers do not
// allocate. kmain installs it over the selected allocator once threads run (kernel/boot/heap.ts:
// shareKernelHeap), so kernelHeap() users are safe under the preempt scheduler.

import { AllocFault, Allocator, AllocatorStats } from "../alloc/allocator";
import { Preemption } from "../platform/platform";

class PreemptSafeAllocator implements Allocator {
  constructor(
    private inner: Allocator,
    private preemption: Preemption,
  ) {}

  allocate(size: u32, align: u32): number {
    this.preemption.disable();
    const address = this.inner.allocate(size, align);
    this.preemption.enable();
    return address;
  }

  allocateZeroed(size: u32, align: u32): number {
    this.preemption.disable();
    const address = this.inner.allocateZeroed(size, align);
    this.preemption.enable();
    return address;
  }

  allocatePages(count: u32): number {
    this.preemption.disable();
    const address = this.inner.allocatePages(count);
    this.preemption.enable();
    return address;
  }

  reallocate(address: number, size: u32, align: u32): number {
    this.preemption.disable();
    const moved = this.inner.reallocate(address, size, align);
    this.preemption.enable();
    return moved;
  }

  free(address: number): AllocFault {
    this.preemption.disable();
    const fault = this.inner.free(address);
    this.preemption.enable();
    return fault;
  }

  usableSize(address: number): u32 {
    this.preemption.disable();
    const size = this.inner.usableSize(address);
    this.preemption.enable();
    return size;
  }

  largestFreeBlock(): u32 {
    this.preemption.disable();
    const size = this.inner.largestFreeBlock();
    this.preemption.enable();
    return size;
  }

  statistics(): AllocatorStats {
    return this.inner.statistics();
  }
}

export function preemptSafeAllocator(inner: Allocator, preemption: Preemption): Allocator {
  return new PreemptSafeAllocator(inner, preemption);
}

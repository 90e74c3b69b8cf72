// The kernel's allocator: kmain constructs the app's selected allocator over the largest usable
// range and installs it here; the runtime heap and kernel subsystems that allocate take it from
// kernelHeap(). Allocator misuse panics with the fault, address and size.

import { Allocator, AllocFault, faultName, MAX_MANAGED_BYTES } from "../alloc/allocator";
import { Platform } from "../platform/platform";
import { hex } from "../shim/format";
import { MemoryMap } from "./memory-map";
import { BootModules } from "./modules";
import { panic } from "./panic";
import { setHeapAllocator } from "../../compiler/lib/runtime";

/**
 * The installed allocator, held in a class: the compiler currently turns a local variable of an
 * interface-or-null type into null (reported to the lead), so nullable values here are classes.
 */
export class KernelHeap {
  constructor(public allocator: Allocator) {}
}

let installed: KernelHeap | null = null;

export function kernelHeap(): Allocator | null {
  const kernel = installed;
  if (kernel === null) return null; // an if, not `?:`: the compiler turns the conditional into null (reported)
  return kernel.allocator;
}

/** Once threads run: kernelHeap() hands out the heap wrapped by `share` (preemption held off). */
export function shareKernelHeap(share: (heap: Allocator) => Allocator): void {
  if (installed !== null) installed.allocator = share(installed.allocator);
}

/** The selected allocator over the largest usable range (at most MAX_MANAGED_BYTES of it). */
export function startAllocator(platform: Platform, usable: MemoryMap, modules: BootModules): KernelHeap | null {
  const range = usable.largest();
  if (range === null) {
    panic(platform, "no usable memory for the allocator");
    return null;
  }
  const length = Math.min(range.length, MAX_MANAGED_BYTES);
  const report = (fault: AllocFault, address: number, size: number): void => {
    panic(platform, `allocator: ${faultName(fault)} at ${hex(address)} (size ${size})`);
  };
  const heap = modules.createAllocator(platform.memory.view(range.base, length), range.base, report);
  const kernel = new KernelHeap(heap);
  installed = kernel;
  setHeapAllocator((size: number): number => heap.allocateZeroed(size, 16)); // the TypeScript heap runs on it
  return kernel;
}

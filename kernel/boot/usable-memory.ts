// Which physical memory the kernel may hand to an allocator: the RAM the loader reports, minus
// what is already taken (the first MiB's reserved areas, the kernel image, the loader's
// structures and modules) and minus what cannot be reached (at or above the platform's mapped
// limit), in whole pages. kmain calls usableMemory once, after parseMultiboot.

import { MemoryMap } from "./memory-map";
import { MMAP_TYPE_AVAILABLE, MultibootInfo } from "./multiboot";

const KIB: number = 1024;
const ONE_MIB: number = 0x100000;
/**
 * The real-mode interrupt vector table (256 four-byte vectors at address 0, Intel SDM vol. 3A,
 * "Real-Address Mode Operation") and the BIOS data area after it (0x400-0x4ff) lie in page 0;
 * page 0 also stays unmapped to catch null pointers, and allocators use address 0 for "none".
 */
const LOW_RESERVED_END: number = 0x1000;
/** Legacy video memory, option ROMs and the system BIOS: 0xA0000 up to 1 MiB on every PC. */
const LEGACY_HOLE_START: number = 0xa0000;

/** The RAM an allocator may use, given the loader's report and the image's extent. */
export function usableMemory(info: MultibootInfo, imageStart: number, imageEnd: number, mappedLimit: number): MemoryMap {
  const map = reportedRam(info);
  map.remove(0, LOW_RESERVED_END);
  map.remove(LEGACY_HOLE_START, ONE_MIB - LEGACY_HOLE_START);
  map.remove(imageStart, imageEnd - imageStart);
  for (const range of info.occupied) map.remove(range.base, range.length);
  for (const module of info.modules) map.remove(module.start, module.end - module.start);
  map.removeFrom(mappedLimit);
  map.alignToPages();
  return map;
}

/** Available RAM from the BIOS memory map, or from mem_lower/mem_upper when there is no map. */
function reportedRam(info: MultibootInfo): MemoryMap {
  const map = new MemoryMap();
  if (info.memoryMap.length > 0) {
    for (const entry of info.memoryMap) {
      if (entry.type === MMAP_TYPE_AVAILABLE) map.add(entry.base, entry.length);
    }
    // Some maps list a reserved range inside an available one: reserved wins.
    for (const entry of info.memoryMap) {
      if (entry.type !== MMAP_TYPE_AVAILABLE) map.remove(entry.base, entry.length);
    }
    return map;
  }
  if (info.hasMemoryBounds) {
    map.add(0, info.memLowerKiB * KIB);
    map.add(ONE_MIB, info.memUpperKiB * KIB);
  }
  return map;
}

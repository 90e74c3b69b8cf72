// Reads the multiboot v1 boot information a loader (QEMU's -kernel, GRUB) leaves in memory:
// which fields are valid, the lower/upper memory sizes, the BIOS memory map, the command line,
// the modules and the loader's name, plus where all those structures lie so that nothing
// allocates over them. kmain calls parseMultiboot with the platform's physical memory and the
// address from the handoff; kernel/boot/usable-memory.ts turns the result into free RAM.
//
// Every offset is from the Multiboot Specification version 0.6.96, section 3.3 "Boot information
// format"; the magic value from section 3.2 "Machine state". Reads go through little-endian
// readers over physical-memory views (Platform.memory.view), never outside mappedLimit(). Not a
// DataView: building one over a view needs the view's `.buffer`, which the compiler's subset does
// not offer (TypeScript types it ArrayBufferLike, which includes SharedArrayBuffer).

import { PhysicalMemory } from "../platform/platform";
import { decodeLatin1, hex } from "../shim/format";
import { MemoryRange } from "./memory-map";

/** EAX at entry when a multiboot v1 loader started the image (section 3.2). */
export const MULTIBOOT_BOOTLOADER_MAGIC: u32 = 0x2badb002;

// The information structure (section 3.3): u32 fields at these byte offsets.
const INFO_FLAGS: u32 = 0;
const INFO_MEM_LOWER: u32 = 4; // KiB from address 0, valid with flags bit 0
const INFO_MEM_UPPER: u32 = 8; // KiB from 1 MiB, valid with flags bit 0
const INFO_CMDLINE: u32 = 16; // physical address of a C string, flags bit 2
const INFO_MODS_COUNT: u32 = 20; // flags bit 3
const INFO_MODS_ADDR: u32 = 24; // flags bit 3
const INFO_MMAP_LENGTH: u32 = 44; // bytes of memory map, flags bit 6
const INFO_MMAP_ADDR: u32 = 48; // flags bit 6
const INFO_BOOT_LOADER_NAME: u32 = 64; // physical address of a C string, flags bit 9
/** Bytes of the structure through boot_loader_name, the last field read. */
const INFO_BYTES_READ: u32 = 68;
/** The whole structure through the framebuffer fields: what the loader's block occupies. */
const INFO_BYTES_TOTAL: u32 = 116;

const FLAG_MEMORY: u32 = 1 << 0;
const FLAG_CMDLINE: u32 = 1 << 2;
const FLAG_MODS: u32 = 1 << 3;
const FLAG_MMAP: u32 = 1 << 6;
const FLAG_BOOT_LOADER_NAME: u32 = 1 << 9;

// A module entry (section 3.3): mod_start, mod_end, string, reserved; 16 bytes each.
const MODULE_ENTRY_BYTES: u32 = 16;
const MODULE_START: u32 = 0;
const MODULE_END: u32 = 4;
const MODULE_STRING: u32 = 8;

// A memory map entry (section 3.3): `size` at offset -4 from base_addr, so mmap_addr points at
// the first size field and the next entry starts size + 4 bytes on. Offsets from the size field:
const MMAP_SIZE: u32 = 0;
const MMAP_BASE: u32 = 4; // base_addr, 64 bits
const MMAP_LENGTH: u32 = 12; // length, 64 bits
const MMAP_TYPE: u32 = 20; // 1 = available RAM, anything else reserved
const MMAP_MIN_ENTRY: u32 = 20;
export const MMAP_TYPE_AVAILABLE: u32 = 1;

/** Longest C string read (command line, names); longer ones are cut here. */
const MAX_STRING: u32 = 4096;
const STRING_CHUNK: u32 = 64;
/** More than any BIOS reports (a few dozen 24-byte entries); a larger value is corrupt. */
const MAX_MMAP_BYTES: u32 = 65536;
const MAX_MODULES: u32 = 256;

/** Little-endian unsigned fields of a byte view (x86 and the spec's structures are LE). */
class LittleEndianFields {
  constructor(private bytes: Uint8Array) {}

  u32(offset: u32): u32 {
    const b = this.bytes;
    return (b[offset] | (b[offset + 1] << 8) | (b[offset + 2] << 16) | (b[offset + 3] << 24)) >>> 0;
  }

  /** A 64-bit field as a number: exact below 2^53, which covers physical addresses. */
  u64(offset: u32): number {
    return this.u32(offset + 4) * 4294967296 + this.u32(offset);
  }
}

export class MemoryMapEntry {
  constructor(
    readonly base: number,
    readonly length: number,
    readonly type: u32,
  ) {}
}

export class BootModule {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
  ) {}
}

export class MultibootInfo {
  flags: u32 = 0;
  hasMemoryBounds: boolean = false;
  memLowerKiB: u32 = 0;
  memUpperKiB: u32 = 0;
  hasCommandLine: boolean = false;
  commandLine: string = "";
  bootLoaderName: string = "";
  readonly memoryMap: MemoryMapEntry[] = [];
  readonly modules: BootModule[] = [];
  /** Where the loader's own structures lie (info, strings, tables; module contents excluded). */
  readonly occupied: MemoryRange[] = [];
  /** What was wrong with the structures, "" when nothing was; parsing skips the bad part. */
  problem: string = "";
}

export function parseMultiboot(memory: PhysicalMemory, infoAddress: number): MultibootInfo {
  const info = new MultibootInfo();
  const fields = fieldsAt(memory, info, infoAddress, INFO_BYTES_READ, "information structure");
  if (fields === null) return info;
  info.occupied.push(new MemoryRange(infoAddress, INFO_BYTES_TOTAL));
  info.flags = fields.u32(INFO_FLAGS);
  if ((info.flags & FLAG_MEMORY) !== 0) {
    info.hasMemoryBounds = true;
    info.memLowerKiB = fields.u32(INFO_MEM_LOWER);
    info.memUpperKiB = fields.u32(INFO_MEM_UPPER);
  }
  if ((info.flags & FLAG_CMDLINE) !== 0) {
    info.hasCommandLine = true;
    info.commandLine = readCString(memory, info, fields.u32(INFO_CMDLINE));
  }
  if ((info.flags & FLAG_MODS) !== 0) readModules(memory, info, fields);
  if ((info.flags & FLAG_MMAP) !== 0) readMemoryMap(memory, info, fields);
  if ((info.flags & FLAG_BOOT_LOADER_NAME) !== 0) {
    info.bootLoaderName = readCString(memory, info, fields.u32(INFO_BOOT_LOADER_NAME));
  }
  return info;
}

function readModules(memory: PhysicalMemory, info: MultibootInfo, fields: LittleEndianFields): void {
  const count = fields.u32(INFO_MODS_COUNT);
  if (count === 0) return;
  if (count > MAX_MODULES) {
    info.problem = `mods_count ${count} is more than ${MAX_MODULES}`;
    return;
  }
  const address = fields.u32(INFO_MODS_ADDR);
  const table = fieldsAt(memory, info, address, count * MODULE_ENTRY_BYTES, "module table");
  if (table === null) return;
  info.occupied.push(new MemoryRange(address, count * MODULE_ENTRY_BYTES));
  for (let i: u32 = 0; i < count; i++) {
    const entry = i * MODULE_ENTRY_BYTES;
    const start = table.u32(entry + MODULE_START);
    const end = table.u32(entry + MODULE_END);
    const name = readCString(memory, info, table.u32(entry + MODULE_STRING));
    info.modules.push(new BootModule(start, end, name));
  }
}

function readMemoryMap(memory: PhysicalMemory, info: MultibootInfo, fields: LittleEndianFields): void {
  const length = fields.u32(INFO_MMAP_LENGTH);
  const address = fields.u32(INFO_MMAP_ADDR);
  if (length > MAX_MMAP_BYTES) {
    info.problem = `mmap_length ${length} is more than ${MAX_MMAP_BYTES}`;
    return;
  }
  const map = fieldsAt(memory, info, address, length, "memory map");
  if (map === null) return;
  info.occupied.push(new MemoryRange(address, length));
  let offset: u32 = 0;
  while (offset + 4 <= length) {
    const size = map.u32(offset + MMAP_SIZE);
    if (size < MMAP_MIN_ENTRY || offset + 4 + size > length) {
      info.problem = `memory map entry at offset ${offset} has size ${size}`;
      return;
    }
    const base = map.u64(offset + MMAP_BASE);
    const bytes = map.u64(offset + MMAP_LENGTH);
    info.memoryMap.push(new MemoryMapEntry(base, bytes, map.u32(offset + MMAP_TYPE)));
    offset += size + 4;
  }
}

/** A NUL-terminated string, read in small chunks so no view runs past the end of memory. */
function readCString(memory: PhysicalMemory, info: MultibootInfo, address: number): string {
  let text = "";
  let at = address;
  while (at < address + MAX_STRING) {
    const chunk = Math.min(STRING_CHUNK, memory.mappedLimit() - at);
    const bytes = chunk > 0 ? memory.view(at, chunk) : null;
    if (bytes === null) {
      info.problem = `string at ${hex(address)} runs past mapped memory`;
      break;
    }
    const nul = firstZero(bytes);
    text += decodeLatin1(nul >= 0 ? bytes.subarray(0, nul) : bytes);
    if (nul >= 0) {
      info.occupied.push(new MemoryRange(address, at - address + nul + 1));
      return text;
    }
    at += chunk;
  }
  info.occupied.push(new MemoryRange(address, at - address));
  return text;
}

function fieldsAt(memory: PhysicalMemory, info: MultibootInfo, address: number, length: u32, what: string): LittleEndianFields | null {
  if (address === 0 || address + length > memory.mappedLimit()) {
    info.problem = `multiboot ${what} at ${hex(address)} (${length} bytes) is outside mapped memory`;
    return null;
  }
  return new LittleEndianFields(memory.view(address, length));
}

function firstZero(bytes: Uint8Array): i32 {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) return i;
  }
  return -1;
}

// A simulated multiboot v1 boot loader: writes the boot information structure, command line,
// module list and memory map into a SimMachine's RAM the way a loader such as QEMU's does, and
// fills in the handoff a real loader leaves in registers (magic in EAX, info address in EBX).
// Tests of kernel/boot/multiboot.ts and kmain use it. Offsets: Multiboot Specification 0.6.96,
// section 3.3 "Boot information format" (info structure, modules, memory map) and section 3.2
// "Machine state" (the magic value).

import { SimMachine } from "./machine";

export const MULTIBOOT_LOADER_MAGIC: u32 = 0x2badb002;
/** Bytes of the info structure through the framebuffer fields (section 3.3). */
const INFO_BYTES: u32 = 116;

export class SimMemoryRegion {
  constructor(readonly base: u64, readonly length: u64, readonly type: u32) {}
}

export class SimModule {
  constructor(readonly start: u32, readonly end: u32, readonly name: string) {}
}

export class SimBootLoader {
  memLowerKiB: u32 = 639;
  memUpperKiB: u32 = 0;
  commandLine: string | null = null;
  loaderName: string | null = "yao sim";
  readonly regions: SimMemoryRegion[] = [];
  readonly modules: SimModule[] = [];
  /** Whether to pass the memory map (flags bit 6); without it only mem_lower/mem_upper remain. */
  passMemoryMap: boolean = true;
  /** Each map entry's `size` field; loaders write 20, the spec allows more (section 3.3). */
  memoryMapEntrySize: u32 = 20;

  /** The memory map SeaBIOS reports for a PC with `ramBytes` of RAM (below 4 GiB). */
  addPcMemoryMap(ramBytes: u32): void {
    this.regions.push(new SimMemoryRegion(0, 0x9fc00, 1));
    this.regions.push(new SimMemoryRegion(0x9fc00, 0x400, 2));
    this.regions.push(new SimMemoryRegion(0xf0000, 0x10000, 2));
    this.regions.push(new SimMemoryRegion(0x100000, ramBytes - 0x100000, 1));
    this.memUpperKiB = (ramBytes - 0x100000) / 1024;
  }

  /**
   * Writes everything at `infoAddress` upwards, sets the machine's handoff (magic, info address,
   * image extent, the TSC at the "first instruction"), and returns the first address after it.
   */
  load(machine: SimMachine, infoAddress: u32, imageStart: u64, imageEnd: u64): u32 {
    const writer = new RamWriter(machine, infoAddress + INFO_BYTES);
    machine.ram.bytes.fill(0, infoAddress, infoAddress + INFO_BYTES);
    let flags = 1;
    this.putInfo(machine, infoAddress + 4, this.memLowerKiB);
    this.putInfo(machine, infoAddress + 8, this.memUpperKiB);
    if (this.commandLine !== null) {
      flags |= 1 << 2;
      this.putInfo(machine, infoAddress + 16, writer.cString(this.commandLine));
    }
    flags |= this.loadModules(machine, infoAddress, writer);
    flags |= this.loadMemoryMap(machine, infoAddress, writer);
    if (this.loaderName !== null) {
      flags |= 1 << 9;
      this.putInfo(machine, infoAddress + 64, writer.cString(this.loaderName));
    }
    this.putInfo(machine, infoAddress, flags);
    this.handOff(machine, infoAddress, imageStart, imageEnd);
    return writer.at;
  }

  /** Section 3.3: mods_count at 20, mods_addr at 24; 16-byte entries (start, end, string, 0). */
  private loadModules(machine: SimMachine, infoAddress: u32, writer: RamWriter): u32 {
    if (this.modules.length === 0) return 0;
    const names: u32[] = [];
    for (const module of this.modules) names.push(writer.cString(module.name));
    const table = writer.reserve(16 * this.modules.length);
    for (let i = 0; i < this.modules.length; i++) {
      this.putInfo(machine, table + 16 * i, this.modules[i].start);
      this.putInfo(machine, table + 16 * i + 4, this.modules[i].end);
      this.putInfo(machine, table + 16 * i + 8, names[i]);
      this.putInfo(machine, table + 16 * i + 12, 0);
    }
    this.putInfo(machine, infoAddress + 20, this.modules.length);
    this.putInfo(machine, infoAddress + 24, table);
    return 1 << 3;
  }

  /** Section 3.3: mmap_length at 44, mmap_addr at 48; entries (size, base_addr, length, type). */
  private loadMemoryMap(machine: SimMachine, infoAddress: u32, writer: RamWriter): u32 {
    if (!this.passMemoryMap || this.regions.length === 0) return 0;
    const stride = this.memoryMapEntrySize + 4;
    const table = writer.reserve(stride * this.regions.length);
    for (let i = 0; i < this.regions.length; i++) {
      const entry = table + stride * i;
      const region = this.regions[i];
      this.putInfo(machine, entry, this.memoryMapEntrySize);
      writer.put64(entry + 4, region.base);
      writer.put64(entry + 12, region.length);
      this.putInfo(machine, entry + 20, region.type);
    }
    this.putInfo(machine, infoAddress + 44, stride * this.regions.length);
    this.putInfo(machine, infoAddress + 48, table);
    return 1 << 6;
  }

  private handOff(machine: SimMachine, infoAddress: u32, imageStart: u64, imageEnd: u64): void {
    machine.multibootMagic = MULTIBOOT_LOADER_MAGIC;
    machine.multibootInfo = infoAddress;
    machine.imageStart = imageStart;
    machine.imageEnd = imageEnd;
    machine.bootTsc = machine.rdtsc();
  }

  private putInfo(machine: SimMachine, address: u32, value: u32): void {
    machine.ram.data.setUint32(address, value, true);
  }
}

/** Appends data to RAM from a starting address, keeping 8-byte alignment between items. */
class RamWriter {
  at: u32;

  constructor(private machine: SimMachine, start: u32) {
    this.at = align8(start);
  }

  reserve(bytes: u32): u32 {
    const start = this.at;
    this.machine.ram.bytes.fill(0, start, start + bytes);
    this.at = align8(start + bytes);
    return start;
  }

  /** A NUL-terminated string, one byte per character (callers pass ASCII). */
  cString(text: string): u32 {
    const start = this.reserve(text.length + 1);
    for (let i = 0; i < text.length; i++) this.machine.ram.bytes[start + i] = text.charCodeAt(i) & 0xff;
    return start;
  }

  put64(address: u32, value: u64): void {
    this.machine.ram.data.setUint32(address, value % 4294967296, true);
    this.machine.ram.data.setUint32(address + 4, Math.floor(value / 4294967296), true);
  }
}

function align8(value: u32): u32 {
  return (value + 7) & ~7;
}

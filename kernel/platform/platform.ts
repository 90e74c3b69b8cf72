// The platform API: the only way kernel code reaches hardware (STYLE.md rule 4). Each interface
// is one narrow capability; a Platform bundles one of each. Two implementations build it:
// arch/x86_64/platform.ts (metal, over the @native intrinsics) and arch/sim/platform.ts (a
// simulated PC for host tests). kernel/boot receives a Platform from the generated entry file
// (build/<app>/entry.ts) or from a test, and hands the pieces on to drivers, shim and allocator.
//
// Addresses are physical and held in u64 (`number`, exact below 2^53). Port numbers are u16.

/** x86 I/O port space (Intel SDM vol. 1, section 19.2): 8-, 16- and 32-bit accesses. */
export interface PortIo {
  in8(port: u16): u8;
  in16(port: u16): u16;
  in32(port: u16): u32;
  out8(port: u16, value: u8): void;
  out16(port: u16, value: u16): void;
  out32(port: u16, value: u32): void;
}

/** Uncached device-register access at a physical address; each call is exactly one access. */
export interface Mmio {
  read8(address: u64): u8;
  read16(address: u64): u16;
  read32(address: u64): u32;
  /** A 64-bit register; values above 2^53 lose their low bits in a `number`. */
  read64(address: u64): u64;
  write8(address: u64, value: u8): void;
  write16(address: u64, value: u16): void;
  write32(address: u64, value: u32): void;
  write64(address: u64, value: u64): void;
}

/** Ordinary RAM, seen through zero-copy views (writes through a view reach memory). */
export interface PhysicalMemory {
  /** [address, address + length) must lie below mappedLimit(). */
  view(address: u64, length: u32): Uint8Array;
  /** Memory at and above this address cannot be viewed (not mapped, or not simulated). */
  mappedLimit(): u64;
}

/** The current CPU: interrupt flag and idling. */
export interface Cpu {
  disableInterrupts(): void;
  enableInterrupts(): void;
  /** Sleeps until the next interrupt; with interrupts disabled, forever. */
  halt(): void;
  /** Spin-wait hint (PAUSE), for polling loops. */
  pause(): void;
}

/** The time stamp counter: a free-running count of CPU ticks, at a rate found by calibration. */
export interface TimeStampCounter {
  read(): u64;
  /** The counter's value at the image's first instruction. */
  bootValue(): u64;
}

/** Ending the machine. */
export interface Power {
  /**
   * 0 powers off (ACPI); 1..126 leave QEMU through isa-debug-exit with that status; 127 is the
   * panic status. On metal this does not return; the simulation records it and returns.
   */
  exit(status: i32): void;
}

/** What the boot loader and the linker left for the kernel to find. */
export interface BootHandoff {
  /** EAX at entry; 0x2BADB002 when a multiboot v1 loader started us. */
  multibootMagic(): u32;
  /** Physical address of the multiboot information structure (EBX at entry). */
  multibootInfo(): u64;
  /** The loaded image's physical extent [imageStart, imageEnd), bss included. */
  imageStart(): u64;
  imageEnd(): u64;
}

/** A byte-oriented output console (a serial port on both current platforms). */
export interface SerialConsole {
  /** Programs the device; call once before write. */
  init(): void;
  /** Hands every byte to the device, in order, waiting for room as needed. */
  write(bytes: Uint8Array): void;
  /** Waits until every byte written has left the device: before power-off, or bytes are lost. */
  flush(): void;
}

/** One of each capability. Built by an arch's createXPlatform(); fields never change. */
export class Platform {
  constructor(
    readonly name: string,
    readonly cpu: Cpu,
    readonly tsc: TimeStampCounter,
    readonly ports: PortIo,
    readonly mmio: Mmio,
    readonly memory: PhysicalMemory,
    readonly power: Power,
    readonly handoff: BootHandoff,
    readonly console: SerialConsole,
  ) {}
}

/** The status Power.exit receives after a kernel panic. */
export const PANIC_EXIT_STATUS: i32 = 127;

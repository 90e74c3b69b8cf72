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

/**
 * Interrupt delivery to TypeScript. A handler runs in interrupt context: interrupts disabled, on
 * the interrupted thread's stack, with its registers and FPU/SSE state saved. It must not
 * allocate or block (its name ends in Isr) and it sends its device's end-of-interrupt itself.
 */
export interface Interrupts {
  /** Routes `vector` (32..255) to handlerIsr, replacing any earlier handler. */
  setHandler(vector: u8, handlerIsr: () => void): void;
  /** Disables interrupts (CLI); whether they were enabled, for restore(). */
  disable(): boolean;
  /** Enables interrupts again (STI) if `enabled`, the value disable() returned. */
  restore(enabled: boolean): void;
  /**
   * Call with interrupts disabled: enables them and halts until one has been handled, with no
   * window in between for a wakeup to be lost (STI; HLT); returns with interrupts disabled.
   */
  waitForInterrupt(): void;
  /** Whether an interrupt handler is running now. */
  inHandler(): boolean;
}

/**
 * Deferred thread switches. Code that must not be switched away from (the compiled runtime's
 * allocator, string building, the kernel allocator) runs inside disable()/enable(); a handler
 * that wants a switch requests it, and the switch happens at the end of the interrupt or, if a
 * section is open, when the last section closes. The count belongs to the running thread.
 */
export interface Preemption {
  /** Opens a section no switch may interrupt; sections nest. */
  disable(): void;
  /** Closes one; a switch requested meanwhile happens now if this was the last. */
  enable(): void;
  /** Open sections on the running thread: 0 when it may be switched away from. */
  depth(): u32;
  /** Asks for a switch: at the end of the interrupt being handled, or when depth reaches 0. */
  requestIsr(): void;
  /** The switch that request() leads to; runs with interrupts disabled (the scheduler's). */
  setSwitchHook(hookIsr: () => void): void;
}

/**
 * Saved execution contexts for threads, in numbered slots. Slot 0 is the boot thread, already
 * running on the boot stack; every other slot is free until prepared.
 */
export interface ThreadContexts {
  /** How many slots exist. */
  capacity(): u32;
  /**
   * Makes `slot` start `entry` on the stack [base, top) (top 16-byte aligned) when first
   * switched to, with interrupts enabled. `entry` must never return: a thread ends by switching
   * away for good. `name` is shown by fault reports (its first 31 characters; characters
   * outside ASCII become '?').
   */
  prepare(slot: u32, base: u64, top: u64, entry: () => void, name: string): void;
  /**
   * With interrupts disabled: saves the running context in `from` and resumes `to`; returns when
   * something switches back to `from`. On metal `to` then runs; the simulator records the switch
   * and returns at once.
   */
  switchTo(from: u32, to: u32): void;
  /** The slot's thread has ended and will never run again; the slot may be prepared anew. */
  release(slot: u32): void;
}

/** Unmapped pages under thread stacks, so that an overflow faults instead of corrupting memory. */
export interface GuardPages {
  /** Whether protecting the page at `address` first needs a 4 KiB page table from the caller. */
  needsTable(address: u64): boolean;
  /**
   * Unmaps the 4 KiB page at `address` (page-aligned, below 4 GiB). `table` is a page-aligned
   * 4 KiB block for splitting a large page, or 0; returns whether it was used (else it stays the
   * caller's to free).
   */
  protect(address: u64, table: u64): boolean;
  /** Maps the page again, before its memory is given back. */
  unprotect(address: u64): void;
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
    readonly interrupts: Interrupts,
    readonly preemption: Preemption,
    readonly contexts: ThreadContexts,
    readonly guards: GuardPages,
  ) {}
}

/** The status Power.exit receives after a kernel panic. */
export const PANIC_EXIT_STATUS: i32 = 127;

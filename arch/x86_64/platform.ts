// The platform API (kernel/platform/platform.ts) on x86_64 metal: each capability is a thin
// class over the @native intrinsics in this folder (interrupts, preemption, thread contexts and
// guard pages over irq.c, threads.c and guard.c), and the console is the 16550 driver on COM1.
// The generated entry file (build/<app>/entry.ts, from tools/build) calls createX86Platform and
// passes the result to kmain. Under Node the intrinsics act on the installed simulated machine,
// which is how this file is tested.

import { COM1_BASE, Uart16550 } from "../../kernel/drivers/uart16550";
import { BootHandoff, Cpu, GuardPages, Interrupts, Mmio, PhysicalMemory, Platform, PortIo, Power } from "../../kernel/platform/platform";
import { PANIC_EXIT_STATUS, Preemption, ThreadContexts, TimeStampCounter } from "../../kernel/platform/platform";
import { cli, hlt, pause, rdtsc, sti } from "./cpu";
import { archExit, archExitPanicked, bootTsc, imageEnd, imageStart, multibootInfo, multibootMagic } from "./handoff";
import { inInterruptHandler, interruptsDisable, interruptsRestore, interruptsWait, setVectorHandler } from "./interrupts";
import { preemptDepth, preemptDisable, preemptEnable, preemptRequest, preemptSetHook } from "./interrupts";
import { contextCapacity, contextPrepare, contextRelease, contextSetNameByte, contextSwitch } from "./threads";
import { guardNeedsTable, guardProtect, guardUnprotect } from "./threads";
import { inb, inl, inw, outb, outl, outw } from "./io";
import { mmioRead8, mmioRead16, mmioRead32, mmioRead64, physView } from "./memory";
import { mmioWrite8, mmioWrite16, mmioWrite32, mmioWrite64 } from "./memory";

/** boot.S identity-maps the first 4 GiB (BOOT_MAP_GIB); RAM above is not mapped yet. */
const IDENTITY_MAP_LIMIT: u64 = 0x100000000;

class X86Cpu implements Cpu {
  disableInterrupts(): void {
    cli();
  }
  enableInterrupts(): void {
    sti();
  }
  halt(): void {
    hlt();
  }
  pause(): void {
    pause();
  }
}

class X86Tsc implements TimeStampCounter {
  read(): u64 {
    return rdtsc();
  }
  bootValue(): u64 {
    return bootTsc();
  }
}

class X86Ports implements PortIo {
  in8(port: u16): u8 {
    return inb(port);
  }
  in16(port: u16): u16 {
    return inw(port);
  }
  in32(port: u16): u32 {
    return inl(port);
  }
  out8(port: u16, value: u8): void {
    outb(port, value);
  }
  out16(port: u16, value: u16): void {
    outw(port, value);
  }
  out32(port: u16, value: u32): void {
    outl(port, value);
  }
}

class X86Mmio implements Mmio {
  read8(address: u64): u8 {
    return mmioRead8(address);
  }
  read16(address: u64): u16 {
    return mmioRead16(address);
  }
  read32(address: u64): u32 {
    return mmioRead32(address);
  }
  read64(address: u64): u64 {
    return mmioRead64(address);
  }
  write8(address: u64, value: u8): void {
    mmioWrite8(address, value);
  }
  write16(address: u64, value: u16): void {
    mmioWrite16(address, value);
  }
  write32(address: u64, value: u32): void {
    mmioWrite32(address, value);
  }
  write64(address: u64, value: u64): void {
    mmioWrite64(address, value);
  }
}

class X86Memory implements PhysicalMemory {
  view(address: u64, length: u32): Uint8Array {
    return physView(address, length);
  }
  mappedLimit(): u64 {
    return IDENTITY_MAP_LIMIT;
  }
}

class X86Power implements Power {
  exit(status: i32): void {
    if (status === PANIC_EXIT_STATUS) archExitPanicked();
    else archExit(status);
  }
}

class X86Handoff implements BootHandoff {
  multibootMagic(): u32 {
    return multibootMagic();
  }
  multibootInfo(): u64 {
    return multibootInfo();
  }
  imageStart(): u64 {
    return imageStart();
  }
  imageEnd(): u64 {
    return imageEnd();
  }
}

class X86Interrupts implements Interrupts {
  setHandler(vector: u8, handlerIsr: () => void): void {
    setVectorHandler(vector, handlerIsr);
  }
  disable(): boolean {
    return interruptsDisable();
  }
  restore(enabled: boolean): void {
    interruptsRestore(enabled);
  }
  waitForInterrupt(): void {
    interruptsWait();
  }
  inHandler(): boolean {
    return inInterruptHandler();
  }
}

class X86Preemption implements Preemption {
  disable(): void {
    preemptDisable();
  }
  enable(): void {
    preemptEnable();
  }
  depth(): u32 {
    return preemptDepth();
  }
  requestIsr(): void {
    preemptRequest();
  }
  setSwitchHook(hookIsr: () => void): void {
    preemptSetHook(hookIsr);
  }
}

class X86Contexts implements ThreadContexts {
  capacity(): u32 {
    return contextCapacity();
  }
  prepare(slot: u32, base: u64, top: u64, entry: () => void, name: string): void {
    contextPrepare(slot, base, top, entry);
    for (let i = 0; i < name.length && i < 31; i++) {
      const c = name.charCodeAt(i);
      contextSetNameByte(slot, i, c >= 0x20 && c < 0x7f ? c : 0x3f);
    }
  }
  switchTo(from: u32, to: u32): void {
    contextSwitch(from, to);
  }
  release(slot: u32): void {
    contextRelease(slot);
  }
}

class X86GuardPages implements GuardPages {
  needsTable(address: u64): boolean {
    return guardNeedsTable(address);
  }
  protect(address: u64, table: u64): boolean {
    return guardProtect(address, table);
  }
  unprotect(address: u64): void {
    guardUnprotect(address);
  }
}

export function createX86Platform(): Platform {
  const ports = new X86Ports();
  return new Platform(
    "x86_64",
    new X86Cpu(),
    new X86Tsc(),
    ports,
    new X86Mmio(),
    new X86Memory(),
    new X86Power(),
    new X86Handoff(),
    new Uart16550(ports, COM1_BASE),
    new X86Interrupts(),
    new X86Preemption(),
    new X86Contexts(),
    new X86GuardPages(),
  );
}

// The platform API (kernel/platform/platform.ts) implemented over a simulated PC, for host tests:
// every capability acts on the SimPc's machine directly, with no global state, so tests can run
// several machines side by side. The console is the real 16550 driver talking to the simulated
// UART, so what a test reads from pc.com1 went through the same port writes as on metal.

import { COM1_BASE, Uart16550 } from "../../kernel/drivers/uart16550";
import { BootHandoff, Cpu, GuardPages, Interrupts, Mmio, PhysicalMemory, Platform, PortIo, Power } from "../../kernel/platform/platform";
import { Preemption, ThreadContexts, TimeStampCounter } from "../../kernel/platform/platform";
import { SIM_THREAD_SLOTS } from "./contexts";
import { SimMachine } from "./machine";
import { SimPc } from "./pc";

class SimCpu implements Cpu {
  constructor(private machine: SimMachine) {}
  disableInterrupts(): void {
    this.machine.setInterruptFlag(false);
  }
  enableInterrupts(): void {
    this.machine.setInterruptFlag(true);
  }
  halt(): void {
    this.machine.halt();
  }
  pause(): void {
    this.machine.pause();
  }
}

class SimTsc implements TimeStampCounter {
  constructor(private machine: SimMachine) {}
  read(): u64 {
    return this.machine.rdtsc();
  }
  bootValue(): u64 {
    return this.machine.bootTsc;
  }
}

class SimPorts implements PortIo {
  constructor(private machine: SimMachine) {}
  in8(port: u16): u8 {
    return this.machine.ports.read(port, 1);
  }
  in16(port: u16): u16 {
    return this.machine.ports.read(port, 2);
  }
  in32(port: u16): u32 {
    return this.machine.ports.read(port, 4);
  }
  out8(port: u16, value: u8): void {
    this.machine.ports.write(port, 1, value & 0xff);
  }
  out16(port: u16, value: u16): void {
    this.machine.ports.write(port, 2, value & 0xffff);
  }
  out32(port: u16, value: u32): void {
    this.machine.ports.write(port, 4, value >>> 0);
  }
}

class SimMmioAccess implements Mmio {
  constructor(private machine: SimMachine) {}
  read8(address: u64): u8 {
    return this.machine.mmio.read(address, 1);
  }
  read16(address: u64): u16 {
    return this.machine.mmio.read(address, 2);
  }
  read32(address: u64): u32 {
    return this.machine.mmio.read(address, 4);
  }
  read64(address: u64): u64 {
    return this.machine.mmio.read(address, 8);
  }
  write8(address: u64, value: u8): void {
    this.machine.mmio.write(address, 1, value & 0xff);
  }
  write16(address: u64, value: u16): void {
    this.machine.mmio.write(address, 2, value & 0xffff);
  }
  write32(address: u64, value: u32): void {
    this.machine.mmio.write(address, 4, value >>> 0);
  }
  write64(address: u64, value: u64): void {
    this.machine.mmio.write(address, 8, value);
  }
}

class SimMemory implements PhysicalMemory {
  constructor(private machine: SimMachine) {}
  view(address: u64, length: u32): Uint8Array {
    return this.machine.ram.view(address, length);
  }
  mappedLimit(): u64 {
    return this.machine.ram.size;
  }
}

class SimPower implements Power {
  constructor(private machine: SimMachine) {}
  exit(status: i32): void {
    this.machine.exit(status);
  }
}

class SimHandoff implements BootHandoff {
  constructor(private machine: SimMachine) {}
  multibootMagic(): u32 {
    return this.machine.multibootMagic;
  }
  multibootInfo(): u64 {
    return this.machine.multibootInfo;
  }
  imageStart(): u64 {
    return this.machine.imageStart;
  }
  imageEnd(): u64 {
    return this.machine.imageEnd;
  }
}

class SimInterruptAccess implements Interrupts {
  constructor(private machine: SimMachine) {}
  setHandler(vector: u8, handlerIsr: () => void): void {
    this.machine.interrupts.setHandler(vector, handlerIsr);
  }
  disable(): boolean {
    const was = this.machine.interruptsEnabled;
    this.machine.setInterruptFlag(false);
    return was;
  }
  restore(enabled: boolean): void {
    if (enabled) this.machine.setInterruptFlag(true);
  }
  waitForInterrupt(): void {
    this.machine.interruptsEnabled = true;
    this.machine.halt();
    this.machine.interruptsEnabled = false;
  }
  inHandler(): boolean {
    return this.machine.interrupts.handlerDepth !== 0;
  }
}

class SimPreemption implements Preemption {
  constructor(private machine: SimMachine) {}
  disable(): void {
    this.machine.interrupts.preemptCount++;
  }
  enable(): void {
    this.machine.preemptEnable();
  }
  depth(): u32 {
    return this.machine.interrupts.preemptCount;
  }
  requestIsr(): void {
    this.machine.interrupts.request();
  }
  setSwitchHook(hookIsr: () => void): void {
    this.machine.interrupts.switchHook = hookIsr;
  }
}

class SimContextAccess implements ThreadContexts {
  constructor(private machine: SimMachine) {}
  capacity(): u32 {
    return SIM_THREAD_SLOTS;
  }
  prepare(slot: u32, base: u64, top: u64, entry: () => void, name: string): void {
    this.machine.contexts.prepare(slot, base, top, entry);
    for (let i = 0; i < name.length && i < 31; i++) {
      const c = name.charCodeAt(i);
      this.machine.contexts.setNameByte(slot, i, c >= 0x20 && c < 0x7f ? c : 0x3f);
    }
  }
  switchTo(from: u32, to: u32): void {
    this.machine.contexts.switchTo(from, to, this.machine.interruptsEnabled);
  }
  release(slot: u32): void {
    this.machine.contexts.release(slot);
  }
}

class SimGuardAccess implements GuardPages {
  constructor(private machine: SimMachine) {}
  needsTable(address: u64): boolean {
    return this.machine.guards.needsTable(address);
  }
  protect(address: u64, table: u64): boolean {
    return this.machine.guards.protect(address, table);
  }
  unprotect(address: u64): void {
    this.machine.guards.unprotect(address);
  }
}

export function createSimPlatform(pc: SimPc): Platform {
  const machine = pc.machine;
  const ports = new SimPorts(machine);
  return new Platform(
    "sim",
    new SimCpu(machine),
    new SimTsc(machine),
    ports,
    new SimMmioAccess(machine),
    new SimMemory(machine),
    new SimPower(machine),
    new SimHandoff(machine),
    new Uart16550(ports, COM1_BASE),
    new SimInterruptAccess(machine),
    new SimPreemption(machine),
    new SimContextAccess(machine),
    new SimGuardAccess(machine),
  );
}

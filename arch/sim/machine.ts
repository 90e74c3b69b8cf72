// A simulated x86 machine for host tests: one clock, I/O port space, RAM with MMIO windows, a
// TSC, the CPU's interrupt flag, interrupt delivery and halts, thread contexts and guard pages
// (recorded, since Node cannot switch stacks), what the boot loader handed over, and a recorded
// exit.
// Devices attach to it (arch/sim/pc.ts builds the PC tests use); the simulated platform
// (arch/sim/platform.ts) and the x86_64 intrinsics' host bodies (through arch/sim/installed.ts)
// drive it. It never runs code by itself: time moves only when something accesses it.

import { SimClock } from "./clock";
import { SimContexts, SimGuardPages } from "./contexts";
import { SimInterrupts } from "./interrupts";
import { SimMmio } from "./mmio";
import { PortBus } from "./port-bus";
import { SimRam } from "./ram";

/** Sizes and per-access costs; the defaults resemble a PC under light load. */
export class SimMachineConfig {
  ramBytes: u32 = 8 * 1024 * 1024;
  /** 2.4 GHz, a common invariant-TSC rate. */
  tscHz: number = 2400000000;
  /** An ISA/LPC port access takes about a microsecond on real chipsets. */
  portAccessNanoseconds: number = 1000;
  mmioAccessNanoseconds: number = 100;
  rdtscNanoseconds: number = 20;
  /** How long a halt sleeps: until the next tick of a 1 kHz timer. */
  haltNanoseconds: number = 1000000;
}

export class SimMachine {
  readonly clock: SimClock = new SimClock();
  readonly ram: SimRam;
  readonly ports: PortBus;
  readonly mmio: SimMmio;
  readonly tscHz: number;
  readonly interrupts: SimInterrupts = new SimInterrupts();
  readonly contexts: SimContexts = new SimContexts();
  readonly guards: SimGuardPages = new SimGuardPages();
  private rdtscCost: number;
  private haltCost: number;

  interruptsEnabled: boolean = false;
  haltCount: u32 = 0;
  pauseCount: u32 = 0;
  /** Set by a halt with interrupts disabled: on metal the CPU would never wake again. */
  stoppedForever: boolean = false;

  /** The boot loader's handoff (set by arch/sim/multiboot.ts, or by a test). */
  multibootMagic: u32 = 0;
  multibootInfo: u64 = 0;
  bootTsc: u64 = 0;
  imageStart: u64 = 0;
  imageEnd: u64 = 0;

  /** The status of the first exit, or -1 while the machine runs. */
  exitStatus: i32 = -1;
  exitCount: u32 = 0;

  constructor(config: SimMachineConfig) {
    this.ram = new SimRam(config.ramBytes);
    this.ports = new PortBus(this.clock, config.portAccessNanoseconds);
    this.mmio = new SimMmio(this.ram, this.clock, config.mmioAccessNanoseconds);
    this.tscHz = config.tscHz;
    this.rdtscCost = config.rdtscNanoseconds;
    this.haltCost = config.haltNanoseconds;
  }

  /** The TSC counts from 0 at power-on, at tscHz. */
  rdtsc(): u64 {
    this.clock.advance(this.rdtscCost);
    return this.tscAt(this.clock.nanoseconds());
  }

  tscAt(nanoseconds: number): u64 {
    return Math.floor((nanoseconds * this.tscHz) / 1e9);
  }

  /** Sleeps until the next interrupt could arrive (a fixed time), then takes what is pending. */
  halt(): void {
    this.haltCount++;
    if (!this.interruptsEnabled) this.stoppedForever = true;
    this.clock.advance(this.haltCost);
    this.deliverInterrupts();
  }

  /** Sets the interrupt flag; turning it on lets pending interrupts in, as STI does. */
  setInterruptFlag(enabled: boolean): void {
    this.interruptsEnabled = enabled;
    if (enabled) this.deliverInterrupts();
  }

  /** Closing the last preempt-disabled section: a switch requested meanwhile happens now. */
  preemptEnable(): void {
    this.interrupts.preemptCount--;
    if (this.interrupts.preemptCount !== 0) return;
    this.interrupts.resched(
      () => this.interruptsEnabled,
      (on: boolean) => {
        this.interruptsEnabled = on;
      },
    );
  }

  /** Runs every interrupt that is pending now, if the interrupt flag allows. */
  deliverInterrupts(): void {
    this.interrupts.deliverPending(
      () => this.interruptsEnabled,
      (on: boolean) => {
        this.interruptsEnabled = on;
      },
    );
  }

  pause(): void {
    this.pauseCount++;
    this.clock.advance(this.rdtscCost);
  }

  exit(status: i32): void {
    if (this.exitCount === 0) this.exitStatus = status;
    this.exitCount++;
  }

  hasExited(): boolean {
    return this.exitCount > 0;
  }
}

// The simulated PC that host tests boot kernels on: a SimMachine with a 16550 at COM1, the
// 8254 timer with port 0x61, the 8259 interrupt controller pair (the timer's counter 0 raising
// IRQ 0) and the CMOS real-time clock: the devices yao's x86_64 platform drives today. Tests
// build one with createSimPc, load a multiboot handoff into it (arch/sim/multiboot.ts), then run
// kernel code through arch/sim/platform.ts or, after installMachine, through the x86_64 platform.

import { SimPit } from "./i8254";
import { SimPicPair } from "./i8259";
import { SimMachine, SimMachineConfig } from "./machine";
import { SimRtc } from "./rtc";
import { SimUart16550 } from "./uart16550";

/** The first serial port's base, as the PC BIOS assigns it. */
export const COM1_PORT: u16 = 0x3f8;

export class SimPc {
  readonly machine: SimMachine;
  readonly com1: SimUart16550;
  readonly pit: SimPit;
  readonly pic: SimPicPair;
  readonly rtc: SimRtc;

  constructor(config: SimMachineConfig) {
    this.machine = new SimMachine(config);
    this.com1 = new SimUart16550(COM1_PORT, this.machine.clock);
    this.pit = new SimPit(this.machine.clock);
    this.pic = new SimPicPair();
    this.rtc = new SimRtc(this.machine.clock);
    this.machine.ports.attach(COM1_PORT, 8, this.com1);
    this.machine.ports.attach(0x40, 4, this.pit);
    this.machine.ports.attach(0x61, 1, this.pit);
    this.machine.ports.attach(0x20, 2, this.pic);
    this.machine.ports.attach(0xa0, 2, this.pic);
    this.machine.ports.attach(0x70, 2, this.rtc);
    this.machine.interrupts.controller = this.pic;
    this.machine.interrupts.addSource(() => {
      if (this.pit.counter0.takeEdges() > 0) this.pic.raise(0); // counter 0's OUT is wired to IRQ 0
    });
  }
}

export function createSimPc(config: SimMachineConfig = new SimMachineConfig()): SimPc {
  return new SimPc(config);
}

// Counter 0 of the PC's 8254 interval timer as the system tick: a rate generator whose output,
// wired to IRQ 0, rises once every `divisor` input clocks. kernel/sched/start.ts programs it once
// and attaches the scheduler's tick handler to IRQ 0. readCountIsr latches the count, which says
// how far into the current period the timer is: the benchmark uses it to measure how long after
// the tick the handler ran (interrupt latency).
//
// Intel 8254 data sheet (order number 231164): control word (bits 7-6 counter, 5-4 access 11 =
// low byte then high byte, 3-1 mode, 0 binary), "Mode 2: Rate Generator" (OUT low for one clock
// every N, so one rising edge per period), "Counter Latch Command" (bits 5-4 = 00).

import { PortIo } from "../platform/platform";
import { PIT_HZ } from "./i8254";

const COUNTER0_DATA: u16 = 0x40;
const COMMAND: u16 = 0x43;
/** Counter 0, low byte then high byte, mode 2, binary. */
const COUNTER0_MODE2: u8 = 0x34;
/** Counter 0 latch. */
const COUNTER0_LATCH: u8 = 0x00;

export class PitTimer {
  /** Input clocks per tick; 0 until started. */
  divisor: u32 = 0;

  constructor(private ports: PortIo) {}

  /** Starts ticking at the rate nearest `hz` (19 Hz .. 1.19 MHz); the rate it runs at. */
  startPeriodic(hz: number): number {
    const divisor = Math.max(2, Math.min(65535, Math.round(PIT_HZ / hz)));
    this.ports.out8(COMMAND, COUNTER0_MODE2);
    this.ports.out8(COUNTER0_DATA, divisor & 0xff);
    this.ports.out8(COUNTER0_DATA, (divisor >>> 8) & 0xff);
    this.divisor = divisor;
    return PIT_HZ / divisor;
  }

  /** Nanoseconds between ticks. */
  periodNanoseconds(): number {
    return (this.divisor * 1e9) / PIT_HZ;
  }

  /** The counter now: it runs down from divisor to 1 and reloads at each tick. */
  readCountIsr(): u32 {
    this.ports.out8(COMMAND, COUNTER0_LATCH);
    const low = this.ports.in8(COUNTER0_DATA);
    const high = this.ports.in8(COUNTER0_DATA);
    return low | (high << 8);
  }

  /** Nanoseconds since the last tick, from the latched count. */
  sinceTickNanosecondsIsr(): number {
    const count = this.readCountIsr();
    return ((this.divisor - count) * 1e9) / PIT_HZ;
  }
}

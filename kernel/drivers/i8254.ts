// Counter 2 of the PC's 8254 interval timer as a one-shot stopwatch, gated through port 0x61:
// the one use yao has for the PIT (TSC calibration, kernel/drivers/tsc-calibration.ts). Counter 2
// is the PC speaker's counter: its gate and output are wired to port 0x61 instead of an IRQ, so
// it can be polled with interrupts off and without touching the system timer (counter 0).
//
// Intel 8254 datasheet (order number 231164): control word format, "Mode 0: Interrupt on
// Terminal Count" (OUT goes low when the control word is written and high N + 1 CLK pulses after
// the count N is written; GATE high enables counting). Port 0x61 bits: the NMI_SC register at
// I/O 61h in Intel's PCH/ICH datasheets (bit 0 timer 2 gate, bit 1 speaker data, bit 5 timer 2
// output).

import { PortIo } from "../platform/platform";

/** The PIT's input clock: the PC's 14.31818 MHz oscillator divided by 12. */
export const PIT_HZ: number = 14318180 / 12;
/** Largest count mode 0 takes in binary (0 would mean 65536). */
export const PIT_MAX_COUNT: u32 = 0xffff;

const CHANNEL2_DATA: u16 = 0x42;
const COMMAND: u16 = 0x43;
const NMI_SC: u16 = 0x61;
const NMI_SC_GATE2: u8 = 0x01;
const NMI_SC_SPEAKER: u8 = 0x02;
const NMI_SC_OUT2: u8 = 0x20;
/** Counter 2 (bits 7-6 = 10), low byte then high byte (5-4 = 11), mode 0 (3-1), binary (0). */
const CHANNEL2_MODE0: u8 = 0xb0;

export class PitStopwatch {
  private savedControl: u8 = 0;
  private pendingHigh: u8 = 0;

  constructor(private ports: PortIo) {}

  /**
   * Gate on and speaker off, then counter 2 in mode 0 with the low byte of `count` written.
   * Counting starts only when start() writes the high byte.
   */
  prepare(count: u32): void {
    this.savedControl = this.ports.in8(NMI_SC);
    this.ports.out8(NMI_SC, (this.savedControl & ~NMI_SC_SPEAKER & 0x0f) | NMI_SC_GATE2);
    this.ports.out8(COMMAND, CHANNEL2_MODE0);
    this.ports.out8(CHANNEL2_DATA, count & 0xff);
    this.pendingHigh = (count >>> 8) & 0xff;
  }

  /** Writes the count's high byte: the count loads on the next CLK pulse. */
  start(): void {
    this.ports.out8(CHANNEL2_DATA, this.pendingHigh);
  }

  /** Whether counter 2's output has gone high: the count ran out. */
  expired(): boolean {
    return (this.ports.in8(NMI_SC) & NMI_SC_OUT2) !== 0;
  }

  /** Puts port 0x61's gate and speaker bits back as prepare() found them. */
  release(): void {
    this.ports.out8(NMI_SC, this.savedControl & 0x0f);
  }
}

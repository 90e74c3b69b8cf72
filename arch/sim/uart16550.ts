// A simulated 16550 UART's transmit side, at the port level, recording every byte that leaves the
// line. It models what a driver can get wrong: the divisor latch (DLAB) switching registers 0 and
// 1, the line format, the 16-byte transmit FIFO (or the single holding register with FIFOs off)
// and the time each character takes on the wire, so writing without waiting for THRE loses bytes
// as it does on hardware. Register offsets and bits: National Semiconductor PC16550D datasheet
// (June 1995), section 8 "Registers" and its register summary table. The receiver is not modeled:
// nothing ever arrives (LSR bit 0 stays clear). Attached to a SimMachine's ports by arch/sim/pc.ts.

import { SimClock } from "./clock";
import { PortDevice } from "./port-bus";

/** The 1.8432 MHz crystal of the PC serial ports; baud = 1843200 / (16 * divisor). */
const CLOCK_HZ = 1843200;
const FIFO_DEPTH = 16;

export class SimUart16550 implements PortDevice {
  private lcr: u8 = 0;
  private ier: u8 = 0;
  private mcr: u8 = 0;
  private scratch: u8 = 0;
  private divisor: u32 = 0;
  private fifoEnabled: boolean = false;
  private queue: Uint8Array = new Uint8Array(FIFO_DEPTH);
  private queueHead: u32 = 0;
  private queueCount: u32 = 0;
  /** When the character in the transmit shift register has left the wire; -1 when idle. */
  private shiftEnd: number = -1;
  private shifting: u8 = 0;

  /** Every byte transmitted, in order. */
  readonly transmitted: number[] = [];
  /** Bytes written while the holding register or FIFO was full: lost. */
  overruns: u32 = 0;
  /** Bytes transmitted with divisor 0 (never programmed): garbage on a real line. */
  unclockedBytes: u32 = 0;

  constructor(readonly base: u16, private clock: SimClock) {}

  readPort(port: u16, width: u32): u32 {
    this.catchUp();
    const offset = port - this.base;
    const dlab = (this.lcr & 0x80) !== 0;
    if (offset === 0) return dlab ? this.divisor & 0xff : 0;
    if (offset === 1) return dlab ? this.divisor >>> 8 : this.ier;
    if (offset === 2) return this.fifoEnabled ? 0xc1 : 0x01;
    if (offset === 3) return this.lcr;
    if (offset === 4) return this.mcr;
    if (offset === 5) return this.lineStatus();
    if (offset === 6) return 0;
    return this.scratch;
  }

  writePort(port: u16, width: u32, value: u32): void {
    this.catchUp();
    const offset = port - this.base;
    const byte = value & 0xff;
    const dlab = (this.lcr & 0x80) !== 0;
    if (offset === 0 && dlab) this.divisor = (this.divisor & 0xff00) | byte;
    else if (offset === 0) this.transmit(byte);
    else if (offset === 1 && dlab) this.divisor = (this.divisor & 0xff) | (byte << 8);
    else if (offset === 1) this.ier = byte & 0x0f;
    else if (offset === 2) this.fifoControl(byte);
    else if (offset === 3) this.lcr = byte;
    else if (offset === 4) this.mcr = byte & 0x1f;
    else if (offset === 7) this.scratch = byte;
  }

  /** What has left the line, as text (one character per byte). */
  text(): string {
    this.catchUp();
    let text = "";
    for (const byte of this.transmitted) text += String.fromCharCode(byte);
    return text;
  }

  /** The line as programmed, e.g. "115200 8N1"; "unclocked" before the divisor is set. */
  lineSettings(): string {
    if (this.divisor === 0) return "unclocked";
    const parity = (this.lcr & 0x08) === 0 ? "N" : (this.lcr & 0x10) !== 0 ? "E" : "O";
    const stop = (this.lcr & 0x04) === 0 ? "1" : "2";
    return `${Math.floor(CLOCK_HZ / (16 * this.divisor))} ${this.dataBits()}${parity}${stop}`;
  }

  fifoMode(): boolean {
    return this.fifoEnabled;
  }

  /** LSR: bit 5 THRE (holding register or FIFO empty), bit 6 TEMT (shift register empty too). */
  private lineStatus(): u8 {
    let status = 0;
    if (this.queueCount === 0) status |= 0x20;
    if (this.queueCount === 0 && this.shiftEnd < 0) status |= 0x40;
    return status;
  }

  private fifoControl(value: u8): void {
    const enable = (value & 0x01) !== 0;
    // Changing the FIFO enable bit clears the FIFOs; bit 2 clears the transmit FIFO.
    if (enable !== this.fifoEnabled || (value & 0x04) !== 0) this.queueCount = 0;
    this.fifoEnabled = enable;
  }

  private transmit(byte: u8): void {
    const capacity = this.fifoEnabled ? FIFO_DEPTH : 1;
    if (this.queueCount >= capacity) {
      this.overruns++;
      return;
    }
    this.queue[(this.queueHead + this.queueCount) % FIFO_DEPTH] = byte;
    this.queueCount++;
    if (this.shiftEnd < 0) this.startShifting(this.clock.nanoseconds());
  }

  /** Moves characters along the wire up to now. */
  private catchUp(): void {
    const now = this.clock.nanoseconds();
    while (this.shiftEnd >= 0 && this.shiftEnd <= now) {
      this.transmitted.push(this.shifting);
      const finished = this.shiftEnd;
      this.shiftEnd = -1;
      if (this.queueCount > 0) this.startShifting(finished);
    }
  }

  private startShifting(at: number): void {
    this.shifting = this.queue[this.queueHead];
    this.queueHead = (this.queueHead + 1) % FIFO_DEPTH;
    this.queueCount--;
    if (this.divisor === 0) this.unclockedBytes++;
    this.shiftEnd = at + this.characterNanoseconds();
  }

  /** Start bit, data bits, parity bit if enabled, stop bits, at the programmed baud rate. */
  private characterNanoseconds(): number {
    const parity = (this.lcr & 0x08) !== 0 ? 1 : 0;
    const stop = (this.lcr & 0x04) !== 0 ? 2 : 1;
    const bits = 1 + this.dataBits() + parity + stop;
    const divisor = this.divisor === 0 ? 1 : this.divisor;
    return (bits * 16 * divisor * 1e9) / CLOCK_HZ;
  }

  private dataBits(): u32 {
    return 5 + (this.lcr & 0x03);
  }
}

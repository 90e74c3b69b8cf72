// Counter 0 of the simulated 8254 (port 0x40), the PC's system timer: its output drives IRQ 0.
// Modeled in mode 2 (rate generator) and mode 3 (square wave), binary, lobyte/hibyte access
// and the counter latch command: what the periodic tick (kernel/drivers/pit-timer.ts) programs.
// In both modes the output rises once every N input clocks, which is when IRQ 0 is raised;
// `takeEdges` tells the interrupt model how many rising edges passed since it last asked.
// Other modes count as unsupported. arch/sim/i8254.ts forwards counter 0's accesses here.
//
// Intel 8254 datasheet (order number 231164): "Mode 2: Rate Generator", "Mode 3: Square Wave
// Mode" (the count is loaded on the CLK pulse after the write; a new count written while
// counting takes effect at the end of the current period, here simplified to at once).

import { SimClock } from "./clock";

/** The PC's timer input, 14.31818 MHz / 12 (as in i8254.ts, not imported to keep the two files acyclic). */
const PIT_HZ: number = 14318180 / 12;
const ACCESS_LATCH: u32 = 0;
const ACCESS_LOW_HIGH: u32 = 3;

export class SimPitCounter0 {
  private reload: u32 = 0;
  private lowWritten: boolean = false;
  private readHighNext: boolean = false;
  private latched: i32 = -1;
  private running: boolean = false;
  private loadTick: number = 0;
  private edgesTaken: number = 0;
  mode: u32 = 0;
  unsupported: u32 = 0;

  constructor(private clock: SimClock) {}

  control(word: u8): void {
    const access = (word >>> 4) & 3;
    if (access === ACCESS_LATCH) {
      if (this.latched < 0) this.latched = this.currentCount();
      return;
    }
    const mode = (word >>> 1) & 7;
    if (access !== ACCESS_LOW_HIGH || (word & 1) !== 0 || !(mode === 2 || mode === 3 || mode === 6 || mode === 7)) this.unsupported++;
    this.mode = mode & 3;
    this.running = false;
    this.lowWritten = false;
    this.readHighNext = false;
  }

  write(byte: u8): void {
    if (!this.lowWritten) {
      this.reload = (this.reload & 0xff00) | byte;
      this.lowWritten = true;
      return;
    }
    this.lowWritten = false;
    this.reload = (this.reload & 0xff) | (byte << 8);
    this.running = true;
    this.loadTick = this.tick() + 1;
    this.edgesTaken = 0;
  }

  read(): u8 {
    const value = this.latched >= 0 ? this.latched : this.currentCount();
    const high = this.readHighNext;
    this.readHighNext = !high;
    if (high) this.latched = -1;
    return high ? (value >>> 8) & 0xff : value & 0xff;
  }

  /** Rising edges of OUT (IRQ 0 requests) since the last call. */
  takeEdges(): number {
    if (!this.running) return 0;
    const edges = this.edges();
    const fresh = edges - this.edgesTaken;
    this.edgesTaken = edges;
    return fresh;
  }

  /** Nanoseconds from now to the next rising edge; -1 when the counter is not running. */
  nanosecondsToNextEdge(): number {
    if (!this.running) return -1;
    const next = this.loadTick + (this.edges() + 1) * this.period();
    return Math.max(0, Math.ceil((next * 1e9) / PIT_HZ - this.clock.nanoseconds()));
  }

  currentCount(): u32 {
    if (!this.running) return this.reload;
    const elapsed = this.tick() - this.loadTick;
    if (elapsed < 0) return this.reload;
    return this.period() - (elapsed % this.period());
  }

  private edges(): number {
    const elapsed = this.tick() - this.loadTick;
    return elapsed < 0 ? 0 : Math.floor(elapsed / this.period());
  }

  private period(): number {
    return this.reload === 0 ? 65536 : this.reload;
  }

  private tick(): number {
    return Math.floor((this.clock.nanoseconds() * PIT_HZ) / 1e9);
  }
}

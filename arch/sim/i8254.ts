// A simulated 8254 programmable interval timer (ports 0x40-0x43) together with the PC's port
// 0x61, which gates the 8254's counter 2 (bit 0) and shows its output (bit 5). Counter 2 is
// modeled in mode 0 with binary counts, latch commands and lobyte/hibyte access: what TSC
// calibration (kernel/drivers/tsc-calibration.ts) uses. Any other programming (counters 0 and 1,
// other modes, BCD, read-back) is counted in `unsupportedAccesses` so a test sees it instead of
// getting a silently wrong timer. Attached to a SimMachine's ports by arch/sim/pc.ts.
//
// Behavior from the Intel 8254 datasheet (order number 231164): control word format, "Mode 0:
// Interrupt on Terminal Count" (count loaded on the CLK pulse after it is written, which does not
// decrement; OUT goes high N + 1 pulses after the write; GATE low suspends counting), "Counter
// Latch Command". Port 0x61 bits: NMI_SC register at I/O 61h in Intel's PCH/ICH datasheets.
// Counter 0, the system timer behind IRQ 0, is modeled in arch/sim/pit-counter0.ts; this device
// forwards its port (0x40) and control words to it.

import { SimClock } from "./clock";
import { PortDevice } from "./port-bus";
import { SimPitCounter0 } from "./pit-counter0";

/** The PC's timer input: 14.31818 MHz / 12. */
export const PIT_HZ = 14318180 / 12;
/** Port 0x61 bit 4 toggles at every DRAM refresh request, every 15.085 us on PC/AT designs. */
const REFRESH_NANOSECONDS = 15085;

const ACCESS_LATCH = 0;
const ACCESS_LOW = 1;
const ACCESS_HIGH = 2;
const ACCESS_LOW_HIGH = 3;

export class SimPit implements PortDevice {
  private access: u32 = ACCESS_LOW_HIGH;
  private reload: u32 = 0;
  private lowWritten: boolean = false;
  private readHighNext: boolean = false;
  private latched: i32 = -1;
  private armed: boolean = false;
  private loadTick: number = 0;
  private countedBefore: number = 0;
  private segmentStart: number = 0;
  private gate: boolean = false;
  private port61: u8 = 0;
  unsupportedAccesses: u32 = 0;
  readonly counter0: SimPitCounter0;

  constructor(private clock: SimClock) {
    this.counter0 = new SimPitCounter0(clock);
  }

  readPort(port: u16, width: u32): u32 {
    if (port === 0x61) return this.readPort61();
    if (port === 0x40) return this.counter0.read();
    if (port !== 0x42) {
      this.unsupportedAccesses++;
      return 0;
    }
    return this.readCounter2();
  }

  writePort(port: u16, width: u32, value: u32): void {
    const byte = value & 0xff;
    if (port === 0x61) this.writePort61(byte);
    else if (port === 0x43) this.control(byte);
    else if (port === 0x42) this.writeCounter2(byte);
    else if (port === 0x40) this.counter0.write(byte);
    else this.unsupportedAccesses++;
  }

  /** Counter 2's output pin, as port 0x61 bit 5 shows it. */
  output(): boolean {
    return this.armed && this.counted() >= this.initialCount();
  }

  /** The counting element's current value. */
  currentCount(): u32 {
    if (!this.armed) return this.reload;
    const count = (this.initialCount() - this.counted()) % 65536;
    return count < 0 ? count + 65536 : count;
  }

  private control(word: u8): void {
    const counter = word >>> 6;
    const access = (word >>> 4) & 3;
    if (counter === 0) {
      this.counter0.control(word);
      return;
    }
    if (counter !== 2) {
      this.unsupportedAccesses++;
      return;
    }
    if (access === ACCESS_LATCH) {
      if (this.latched < 0) this.latched = this.currentCount();
      return;
    }
    if ((word & 0x0f) !== 0) this.unsupportedAccesses++;
    this.access = access;
    this.armed = false;
    this.lowWritten = false;
    this.readHighNext = false;
  }

  private writeCounter2(byte: u8): void {
    if (this.access === ACCESS_LOW) this.load(byte);
    else if (this.access === ACCESS_HIGH) this.load(byte << 8);
    else if (!this.lowWritten) {
      this.reload = (this.reload & 0xff00) | byte;
      this.lowWritten = true;
      this.armed = false;
    } else {
      this.lowWritten = false;
      this.load((this.reload & 0xff) | (byte << 8));
    }
  }

  private load(count: u32): void {
    this.reload = count;
    this.armed = true;
    this.loadTick = this.tick() + 1;
    this.countedBefore = 0;
    this.segmentStart = this.loadTick;
  }

  private readCounter2(): u32 {
    const value = this.latched >= 0 ? this.latched : this.currentCount();
    if (this.access === ACCESS_LOW) return this.releaseLatch(value & 0xff);
    if (this.access === ACCESS_HIGH) return this.releaseLatch(value >>> 8);
    const high = this.readHighNext;
    this.readHighNext = !high;
    return high ? this.releaseLatch(value >>> 8) : value & 0xff;
  }

  private releaseLatch(byte: u32): u32 {
    this.latched = -1;
    return byte;
  }

  private readPort61(): u8 {
    const refresh = Math.floor(this.clock.nanoseconds() / REFRESH_NANOSECONDS) % 2 === 1;
    return (this.port61 & 0x0f) | (refresh ? 0x10 : 0) | (this.output() ? 0x20 : 0);
  }

  private writePort61(byte: u8): void {
    const gate = (byte & 0x01) !== 0;
    if (gate !== this.gate) {
      this.countedBefore = this.counted();
      this.segmentStart = Math.max(this.tick(), this.loadTick);
      this.gate = gate;
    }
    this.port61 = byte & 0x0f;
  }

  /** CLK pulses that decremented the count since it was loaded (only while GATE was high). */
  private counted(): number {
    if (!this.armed) return 0;
    if (!this.gate) return this.countedBefore;
    const from = Math.max(this.segmentStart, this.loadTick);
    return this.countedBefore + Math.max(0, this.tick() - from);
  }

  private initialCount(): u32 {
    return this.reload === 0 ? 65536 : this.reload;
  }

  private tick(): number {
    return Math.floor((this.clock.nanoseconds() * PIT_HZ) / 1e9);
  }
}

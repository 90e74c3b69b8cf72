// A simulated CMOS real-time clock (the MC146818 compatible RTC of the PC) at ports 0x70
// (register index; bit 7 masks NMI) and 0x71 (data). It counts UTC seconds from `startSeconds`
// (Unix time at simulated time 0) and shows them the way the chip does: BCD or binary
// (register B bit 2), 24- or 12-hour (register B bit 1, PM in bit 7 of the hour), the
// update-in-progress flag (register A bit 7) during the last 244 us before each second, and the
// century at register 0x32, where the ACPI FADT's CENTURY field says PC BIOSes keep it. Node-only
// (arch/sim/pc.ts attaches it); uses Date for the calendar.
//
// Motorola MC146818A data sheet: "Address Map", "Register A" (UIP), "Register B" (DM, 24/12),
// "Update Cycle" (UIP rises 244 us before the update).

import { SimClock } from "./clock";
import { PortDevice } from "./port-bus";

const UIP_WINDOW_NS = 244000;
const REGISTER_B_24H = 0x02;
const REGISTER_B_BINARY = 0x04;

export class SimRtc implements PortDevice {
  /** Unix seconds at simulated time 0: 2026-11-27 12:34:56 UTC unless a test sets another. */
  startSeconds: number = Date.UTC(2026, 10, 27, 12, 34, 56) / 1000;
  registerB: u8 = REGISTER_B_24H;
  private index: u8 = 0;
  nmiMasked: boolean = false;

  constructor(private clock: SimClock) {}

  readPort(port: u16, width: u32): u32 {
    return port === 0x71 ? this.readRegister(this.index) : 0xff;
  }

  writePort(port: u16, width: u32, value: u32): void {
    if (port === 0x70) {
      this.index = value & 0x7f;
      this.nmiMasked = (value & 0x80) !== 0;
    } else if (this.index === 0x0b) this.registerB = value & 0xff;
  }

  /** The Unix time the chip shows now. */
  nowSeconds(): number {
    return this.startSeconds + Math.floor(this.clock.nanoseconds() / 1e9);
  }

  private readRegister(index: u8): u8 {
    const date = new Date(this.nowSeconds() * 1000);
    switch (index) {
      case 0x00: return this.encode(date.getUTCSeconds());
      case 0x02: return this.encode(date.getUTCMinutes());
      case 0x04: return this.hour(date.getUTCHours());
      case 0x06: return this.encode(date.getUTCDay() + 1);
      case 0x07: return this.encode(date.getUTCDate());
      case 0x08: return this.encode(date.getUTCMonth() + 1);
      case 0x09: return this.encode(date.getUTCFullYear() % 100);
      case 0x32: return this.encode(Math.floor(date.getUTCFullYear() / 100));
      case 0x0a: return this.updating() ? 0xa6 : 0x26; // 32.768 kHz time base, 1.024 kHz rate
      case 0x0b: return this.registerB;
      default: return 0;
    }
  }

  private updating(): boolean {
    const intoSecond = this.clock.nanoseconds() % 1e9;
    return intoSecond >= 1e9 - UIP_WINDOW_NS;
  }

  private hour(hours: number): u8 {
    if ((this.registerB & REGISTER_B_24H) !== 0) return this.encode(hours);
    const twelve = hours % 12 === 0 ? 12 : hours % 12;
    return this.encode(twelve) | (hours >= 12 ? 0x80 : 0);
  }

  private encode(value: number): u8 {
    if ((this.registerB & REGISTER_B_BINARY) !== 0) return value;
    return ((Math.floor(value / 10) << 4) | (value % 10)) & 0xff;
  }
}

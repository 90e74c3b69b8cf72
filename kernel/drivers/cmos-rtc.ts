// The PC's CMOS real-time clock (MC146818 compatible, ports 0x70/0x71): read once at boot by
// kernel/sched/start.ts to anchor CLOCK_REALTIME, which then advances with the monotonic clock.
// The chip keeps UTC on QEMU (and on most PC firmware configured for it).
//
// Motorola MC146818A data sheet: "Address Map" (0 seconds, 2 minutes, 4 hours, 7 day of month,
// 8 month, 9 year), "Register A" (bit 7 UIP: an update is in progress or is 244 us away, do not
// read), "Register B" (bit 2 DM: binary instead of BCD; bit 1: 24-hour instead of 12-hour, when
// the hour's bit 7 means PM). The century lies at register 0x32 on PC firmware (the ACPI FADT's
// CENTURY field names it). Reading until two passes agree guards against an update between the
// reads of different fields.

import { PortIo } from "../platform/platform";

const INDEX: u16 = 0x70;
const DATA: u16 = 0x71;
/** Index bit 7 keeps NMI masked while the index is set, as firmware does. */
const NMI_MASK: u8 = 0x80;
const REG_SECONDS: u8 = 0x00;
const REG_MINUTES: u8 = 0x02;
const REG_HOURS: u8 = 0x04;
const REG_DAY: u8 = 0x07;
const REG_MONTH: u8 = 0x08;
const REG_YEAR: u8 = 0x09;
const REG_A: u8 = 0x0a;
const REG_B: u8 = 0x0b;
const REG_CENTURY: u8 = 0x32;
const A_UPDATE_IN_PROGRESS: u8 = 0x80;
const B_BINARY: u8 = 0x04;
const B_24_HOUR: u8 = 0x02;
const HOUR_PM: u8 = 0x80;
/** Polls of UIP before giving up (an update lasts under 2 ms; a port access takes about 1 us). */
const MAX_POLLS: u32 = 100000;
const MAX_PASSES: u32 = 10;
/** Day of the year each month starts on, in a common year. */
const MONTH_START_DAY: number[] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export class RtcTime {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hours: number,
    readonly minutes: number,
    readonly seconds: number,
  ) {}

  sameAs(other: RtcTime): boolean {
    return this.year === other.year && this.month === other.month && this.day === other.day &&
      this.hours === other.hours && this.minutes === other.minutes && this.seconds === other.seconds;
  }

  /** Whether every field is in range (a missing chip reads all ones). */
  plausible(): boolean {
    return this.year >= 1970 && this.month >= 1 && this.month <= 12 && this.day >= 1 && this.day <= 31 &&
      this.hours < 24 && this.minutes < 60 && this.seconds < 60;
  }

  /** Seconds since 1970-01-01 00:00:00 UTC. */
  unixSeconds(): number {
    return daysSinceEpoch(this.year, this.month, this.day) * 86400 + this.hours * 3600 + this.minutes * 60 + this.seconds;
  }
}

/** The chip's time, or null when it cannot be read (no chip, or it never settles). */
export function readRtc(ports: PortIo): RtcTime | null {
  let previous: RtcTime | null = null;
  for (let pass: u32 = 0; pass < MAX_PASSES; pass++) {
    if (!waitForUpdateToPass(ports)) return null;
    const time = readFields(ports);
    if (previous !== null && time.sameAs(previous)) return time.plausible() ? time : null;
    previous = time;
  }
  return null;
}

/** Days from 1970-01-01 to the given Gregorian date. */
export function daysSinceEpoch(year: number, month: number, day: number): number {
  const leapsBefore = (y: number): number => Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const leapDay = month > 2 && isLeapYear(year) ? 1 : 0;
  return (year - 1970) * 365 + leapsBefore(year - 1) - leapsBefore(1969) + MONTH_START_DAY[month - 1] + leapDay + day - 1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function readRegister(ports: PortIo, index: u8): u8 {
  ports.out8(INDEX, NMI_MASK | index);
  return ports.in8(DATA);
}

function waitForUpdateToPass(ports: PortIo): boolean {
  for (let i: u32 = 0; i < MAX_POLLS; i++) {
    if ((readRegister(ports, REG_A) & A_UPDATE_IN_PROGRESS) === 0) return true;
  }
  return false;
}

function readFields(ports: PortIo): RtcTime {
  const b = readRegister(ports, REG_B);
  const binary = (b & B_BINARY) !== 0;
  const value = (raw: u8): number => (binary ? raw : (raw >>> 4) * 10 + (raw & 0x0f));
  const rawHours = readRegister(ports, REG_HOURS);
  let hours = value(rawHours & ~HOUR_PM & 0xff);
  if ((b & B_24_HOUR) === 0) hours = (hours % 12) + ((rawHours & HOUR_PM) !== 0 ? 12 : 0);
  const century = value(readRegister(ports, REG_CENTURY));
  const yearInCentury = value(readRegister(ports, REG_YEAR));
  const year = (century >= 19 && century <= 99 ? century : 20) * 100 + yearInCentury;
  return new RtcTime(year, value(readRegister(ports, REG_MONTH)), value(readRegister(ports, REG_DAY)), hours,
    value(readRegister(ports, REG_MINUTES)), value(readRegister(ports, REG_SECONDS)));
}

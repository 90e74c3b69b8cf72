import { expect, test } from "vitest";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { PortIo } from "../platform/platform";
import { daysSinceEpoch, readRtc } from "./cmos-rtc";

test("daysSinceEpoch agrees with Date.UTC across leap years and centuries", () => {
  for (let year = 1970; year <= 2400; year += 7) {
    for (const [month, day] of [[1, 1], [2, 28], [3, 1], [12, 31], [2, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28]]) {
      expect(daysSinceEpoch(year, month, day), `${year}-${month}-${day}`).toBe(Date.UTC(year, month - 1, day) / 86400000);
    }
  }
});

for (const [format, registerB] of [["BCD, 24-hour", 0x02], ["binary, 24-hour", 0x06], ["BCD, 12-hour", 0x00], ["binary, 12-hour", 0x04]] as const) {
  test(`reads the chip's UTC time (${format})`, () => {
    const pc = createSimPc();
    pc.rtc.registerB = registerB;
    for (const when of [Date.UTC(2026, 10, 27, 12, 34, 56), Date.UTC(2000, 1, 29, 0, 0, 1), Date.UTC(2099, 11, 31, 23, 59, 59)]) {
      pc.rtc.startSeconds = when / 1000 - Math.floor(pc.machine.clock.nanoseconds() / 1e9);
      const time = readRtc(createSimPlatform(pc).ports)!;
      expect(time.unixSeconds()).toBe(when / 1000);
    }
  });
}

test("waits out an update in progress", () => {
  const pc = createSimPc();
  pc.machine.clock.set(1e9 - 100000); // inside the 244 us before the update
  const time = readRtc(createSimPlatform(pc).ports)!;
  expect(pc.machine.clock.nanoseconds()).toBeGreaterThan(1e9);
  expect(time.unixSeconds()).toBe(pc.rtc.nowSeconds());
});

test("no chip (an undriven bus reads all ones, update in progress for ever): no time", () => {
  const ones: PortIo = {
    in8: () => 0xff,
    in16: () => 0xffff,
    in32: () => 0xffffffff,
    out8: () => {},
    out16: () => {},
    out32: () => {},
  };
  expect(readRtc(ones)).toBe(null);
});

import { expect, test } from "vitest";
import { SimClock } from "./clock";
import { PIT_HZ, SimPit } from "./i8254";

const TICK_NS = 1e9 / PIT_HZ;

/** A PIT with counter 2 gated on and loaded with `count` in mode 0, lobyte/hibyte. */
function armed(count: number): { clock: SimClock; pit: SimPit } {
  const clock = new SimClock();
  const pit = new SimPit(clock);
  pit.writePort(0x61, 1, 0x01);
  pit.writePort(0x43, 1, 0xb0);
  pit.writePort(0x42, 1, count & 0xff);
  pit.writePort(0x42, 1, count >> 8);
  return { clock, pit };
}

test("mode 0: OUT rises N + 1 CLK pulses after the count is written", () => {
  const { clock, pit } = armed(100);
  clock.advance(100 * TICK_NS);
  expect(pit.readPort(0x61, 1) & 0x20).toBe(0);
  clock.advance(1.01 * TICK_NS);
  expect(pit.readPort(0x61, 1) & 0x20).toBe(0x20);
  expect(pit.unsupportedAccesses).toBe(0);
});

test("the counter latch freezes the count for a lobyte/hibyte read", () => {
  const { clock, pit } = armed(1000);
  clock.advance(301 * TICK_NS);
  pit.writePort(0x43, 1, 0x80);
  clock.advance(50 * TICK_NS);
  const low = pit.readPort(0x42, 1);
  const high = pit.readPort(0x42, 1);
  expect(low | (high << 8)).toBe(700);
});

test("GATE low suspends counting", () => {
  const { clock, pit } = armed(100);
  clock.advance(50.5 * TICK_NS);
  pit.writePort(0x61, 1, 0x00);
  clock.advance(1000 * TICK_NS);
  expect(pit.currentCount()).toBe(51);
  pit.writePort(0x61, 1, 0x01);
  clock.advance(51 * TICK_NS);
  expect(pit.output()).toBe(true);
});

test("programming counter 1, or counter 2 other than mode 0 binary, is counted as unsupported", () => {
  const clock = new SimClock();
  const pit = new SimPit(clock);
  pit.writePort(0x43, 1, 0x74); // counter 1, mode 2
  pit.writePort(0x43, 1, 0xb6); // counter 2, mode 3
  pit.writePort(0x41, 1, 0);
  expect(pit.unsupportedAccesses).toBe(3);
});

test("port 0x61 keeps bits 0-3 and shows the refresh toggle in bit 4", () => {
  const clock = new SimClock();
  const pit = new SimPit(clock);
  pit.writePort(0x61, 1, 0xff);
  const first = pit.readPort(0x61, 1);
  clock.advance(15085);
  expect(first & 0x0f).toBe(0x0f);
  expect((first ^ pit.readPort(0x61, 1)) & 0x10).toBe(0x10);
});

import { expect, test } from "vitest";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { PIT_HZ } from "./i8254";
import { PitTimer } from "./pit-timer";

test("counter 0 ticks at the requested rate, one IRQ 0 edge per period", () => {
  const pc = createSimPc();
  const timer = new PitTimer(createSimPlatform(pc).ports);
  const hz = timer.startPeriodic(1000);
  expect(timer.divisor).toBe(1193);
  expect(hz).toBeCloseTo(PIT_HZ / 1193, 6);
  expect(pc.pit.counter0.mode).toBe(2);
  expect(pc.pit.unsupportedAccesses + pc.pit.counter0.unsupported).toBe(0);
  pc.machine.clock.advance(100e6 + 5000);
  expect(pc.pit.counter0.takeEdges()).toBe(100);
  expect(timer.periodNanoseconds()).toBeCloseTo(999847, -1);
});

test("the latched count says how far into the period the timer is", () => {
  const pc = createSimPc();
  const timer = new PitTimer(createSimPlatform(pc).ports);
  timer.startPeriodic(1000);
  pc.machine.clock.advance(1e6 * 5 + 250000);
  const since = timer.sinceTickNanosecondsIsr();
  expect(since).toBeGreaterThan(200000);
  expect(since).toBeLessThan(300000);
});

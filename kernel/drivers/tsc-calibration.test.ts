import { describe, expect, test } from "vitest";
import { SimMachineConfig } from "../../arch/sim/machine";
import { createSimPc, SimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { PortIo } from "../platform/platform";
import { calibrateTsc, FIRST_WINDOW_MICROSECONDS, TscCalibration, WARM_UP_MICROSECONDS } from "./tsc-calibration";

function pcWith(tscHz: number, portAccessNanoseconds = 1000): SimPc {
  const config = new SimMachineConfig();
  config.tscHz = tscHz;
  config.portAccessNanoseconds = portAccessNanoseconds;
  return createSimPc(config);
}

function calibrate(pc: SimPc): TscCalibration {
  const platform = createSimPlatform(pc);
  return calibrateTsc(platform.ports, platform.tsc);
}

function expectWithinBound(result: TscCalibration, tscHz: number): void {
  const truth = tscHz / 1e6;
  expect(result.failure).toBe("");
  const errorPpm = (Math.abs(result.ticksPerMicrosecond - truth) / truth) * 1e6;
  expect(errorPpm).toBeLessThanOrEqual(result.uncertaintyPpm);
}

describe("calibrateTsc", () => {
  for (const hz of [1e9, 2.4e9, 3.7e9]) {
    test(`finds a ${hz / 1e9} GHz TSC within its error bound, in one 5 ms window`, () => {
      const pc = pcWith(hz);
      const start = pc.machine.clock.nanoseconds();
      const result = calibrate(pc);
      expectWithinBound(result, hz);
      expect(result.uncertaintyPpm).toBeLessThanOrEqual(500);
      expect(result.windowMicroseconds).toBe(FIRST_WINDOW_MICROSECONDS);
      expect(pc.machine.clock.nanoseconds() - start).toBeLessThan(5.1e6);
    });
  }

  test("lengthens the window when port accesses are slow", () => {
    const pc = pcWith(2.4e9, 4000);
    const result = calibrate(pc);
    expectWithinBound(result, 2.4e9);
    expect(result.windowMicroseconds).toBe(20000);
    expect(result.uncertaintyPpm).toBeLessThanOrEqual(500);
  });

  test("stops at 40 ms and reports the bound it reached", () => {
    const pc = pcWith(2.4e9, 20000);
    const result = calibrate(pc);
    expectWithinBound(result, 2.4e9);
    expect(result.windowMicroseconds).toBe(40000);
    expect(result.uncertaintyPpm).toBeGreaterThan(500);
  });

  test("a short warm-up measurement comes first, and the result is the 5 ms window's", () => {
    const pc = pcWith(2.4e9);
    const platform = createSimPlatform(pc);
    const starts: number[] = [];
    const result = calibrateTsc(new CountStarts(platform.ports, starts, () => pc.machine.clock.nanoseconds()), platform.tsc);
    expect(result.windowMicroseconds).toBe(FIRST_WINDOW_MICROSECONDS);
    expect(starts.length).toBe(2);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(WARM_UP_MICROSECONDS * 1000);
    expect(starts[1] - starts[0]).toBeLessThan(WARM_UP_MICROSECONDS * 1000 + 20000);
  });

  test("restores port 0x61 and leaves the speaker off", () => {
    const pc = pcWith(2.4e9);
    const platform = createSimPlatform(pc);
    platform.ports.out8(0x61, 0x02);
    calibrateTsc(platform.ports, platform.tsc);
    expect(platform.ports.in8(0x61) & 0x0f).toBe(0x02);
    expect(pc.pit.unsupportedAccesses).toBe(0);
  });

  test("a window the machine did not run through (expired before the first poll) is measured again", () => {
    const pc = pcWith(2.4e9);
    const platform = createSimPlatform(pc);
    const result = calibrateTsc(new OnceExpiredPorts(platform.ports), platform.tsc);
    expect(result.ok()).toBe(true);
    expect(result.ticksPerMicrosecond).toBeCloseTo(2400, 0);
  });

  test("fails clearly without a PIT (port 0x61 floating high)", () => {
    const platform = createSimPlatform(pcWith(2.4e9));
    const result = calibrateTsc(new NoPitPorts(), platform.tsc);
    expect(result.ok()).toBe(false);
    expect(result.failure).toMatch(/no working 8254/);
  });
});

/** The real ports, except that the first poll after the first count that counts starts (the
 *  second: the first is the warm-up's) sees OUT high, as if the virtual CPU had been descheduled
 *  for longer than the window. */
class OnceExpiredPorts implements PortIo {
  private counterWrites = 0;
  private spoiled = false;
  constructor(private inner: PortIo) {}
  in8(port: u16): u8 {
    const value = this.inner.in8(port);
    if (port !== 0x61 || this.spoiled || this.counterWrites < 4) return value;
    this.spoiled = true;
    return value | 0x20;
  }
  in16(port: u16): u16 {
    return this.inner.in16(port);
  }
  in32(port: u16): u32 {
    return this.inner.in32(port);
  }
  out8(port: u16, value: u8): void {
    if (port === 0x42) this.counterWrites++;
    this.inner.out8(port, value);
  }
  out16(port: u16, value: u16): void {
    this.inner.out16(port, value);
  }
  out32(port: u16, value: u32): void {
    this.inner.out32(port, value);
  }
}

/** The real ports; records the simulated time at which each count starts (its high byte). */
class CountStarts implements PortIo {
  private counterWrites = 0;
  constructor(private inner: PortIo, private starts: number[], private now: () => number) {}
  in8(port: u16): u8 {
    return this.inner.in8(port);
  }
  in16(port: u16): u16 {
    return this.inner.in16(port);
  }
  in32(port: u16): u32 {
    return this.inner.in32(port);
  }
  out8(port: u16, value: u8): void {
    if (port === 0x42 && ++this.counterWrites % 2 === 0) this.starts.push(this.now());
    this.inner.out8(port, value);
  }
  out16(port: u16, value: u16): void {
    this.inner.out16(port, value);
  }
  out32(port: u16, value: u32): void {
    this.inner.out32(port, value);
  }
}

/** Ports where nothing answers: reads give all ones, as from an undriven bus. */
class NoPitPorts {
  in8(): u8 {
    return 0xff;
  }
  in16(): u16 {
    return 0xffff;
  }
  in32(): u32 {
    return 0xffffffff;
  }
  out8(): void {}
  out16(): void {}
  out32(): void {}
}

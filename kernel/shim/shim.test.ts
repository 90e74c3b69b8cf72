import { afterEach, describe, expect, test } from "vitest";
import { createSimPc, SimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { MonotonicClock, WallClock } from "./clock";
import { EBADF, EINVAL, ENODEV } from "./errno";
import { print, printError } from "./print";
import { bindShim, clock_gettime, CLOCK_MONOTONIC, CLOCK_REALTIME, exit, nanosleep, sched_yield, ShimServices, write } from "./shim";

let unbind: () => void = () => {};
afterEach(() => unbind());

/** A simulated PC with the shim bound to it; the TSC at 2 GHz, booted at TSC 0. */
function bound(): SimPc {
  const pc = createSimPc();
  const platform = createSimPlatform(pc);
  platform.console.init();
  bindShim(new ShimServices(platform.console, platform.power, new MonotonicClock(platform.tsc, pc.machine.tscHz / 1e6)));
  unbind = () => bindShim(null);
  return pc;
}

const flushed = (pc: SimPc) => {
  pc.machine.clock.advance(1e9);
  return pc.com1.text();
};

describe("shim before kmain binds it", () => {
  test("write and clock_gettime answer -ENODEV, exit returns", () => {
    expect(write(1, new Uint8Array(1))).toBe(-ENODEV);
    expect(clock_gettime(CLOCK_MONOTONIC)).toBe(-ENODEV);
    exit(0);
  });
});

describe("write", () => {
  test("fds 1 and 2 go to the console and return the byte count", () => {
    const pc = bound();
    expect(write(1, new Uint8Array([0x61, 0x62]))).toBe(2);
    expect(write(2, new Uint8Array([0x63]))).toBe(1);
    expect(flushed(pc)).toBe("abc");
  });

  test("other fds are -EBADF", () => {
    bound();
    for (const fd of [0, 3, -1]) expect(write(fd, new Uint8Array(1))).toBe(-EBADF);
  });
});

describe("print", () => {
  test("writes UTF-8 and a newline", () => {
    const pc = bound();
    print("幺 ok");
    printError("err");
    expect(Buffer.from(flushed(pc), "latin1").toString("utf8")).toBe("幺 ok\nerr\n");
  });
});

describe("exit", () => {
  test("drains the console before the machine stops", () => {
    const pc = bound();
    print("last words");
    exit(3);
    expect(pc.com1.text()).toBe("last words\n");
    expect(pc.machine.exitStatus).toBe(3);
  });
});

describe("clock_gettime", () => {
  test("monotonic nanoseconds since boot from the TSC", () => {
    const pc = bound();
    pc.machine.clock.set(1_500_000_000);
    const now = clock_gettime(CLOCK_MONOTONIC);
    expect(now).toBeGreaterThanOrEqual(1_500_000_000);
    expect(now).toBeLessThan(1_500_001_000);
    pc.machine.clock.advance(250);
    expect(clock_gettime(CLOCK_MONOTONIC) - now).toBeGreaterThanOrEqual(250);
  });

  test("clocks without a source are -EINVAL", () => {
    bound();
    expect(clock_gettime(CLOCK_REALTIME)).toBe(-EINVAL);
    expect(clock_gettime(99)).toBe(-EINVAL);
  });
});

describe("wall clock, nanosleep and sched_yield", () => {
  test("CLOCK_REALTIME is the RTC's reading carried on by the monotonic clock", () => {
    const pc = createSimPc();
    const platform = createSimPlatform(pc);
    const clock = new MonotonicClock(platform.tsc, pc.machine.tscHz / 1e6);
    bindShim(new ShimServices(platform.console, platform.power, clock, new WallClock(clock, 1.8e9, clock.nanoseconds())));
    unbind = () => bindShim(null);
    pc.machine.clock.advance(2.5e9);
    const now = clock_gettime(CLOCK_REALTIME);
    expect(now).toBeGreaterThanOrEqual(1.8e18 + 2.5e9 - 1e6);
    expect(now).toBeLessThan(1.8e18 + 2.5e9 + 1e6);
  });

  test("before threads exist nanosleep waits on the clock; bad times are -EINVAL", () => {
    const pc = bound();
    const before = pc.machine.clock.nanoseconds();
    expect(nanosleep(2e6)).toBe(0);
    expect(pc.machine.clock.nanoseconds() - before).toBeGreaterThanOrEqual(2e6);
    expect(nanosleep(-1)).toBe(-EINVAL);
    expect(nanosleep(NaN)).toBe(-EINVAL);
    expect(sched_yield()).toBe(0);
  });
});


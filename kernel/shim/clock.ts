// The clocks: the monotonic clock, nanoseconds since the image's first instruction, from the TSC
// and the rate kmain calibrated against the PIT (kernel/drivers/tsc-calibration.ts), and the wall
// clock, the CMOS RTC's UTC time read once at boot carried forward by the monotonic clock. The
// shim's clock_gettime, kmain's boot-time banner and kernel/sched's timers read them. Exact while TSC values stay below 2^53 (about 43 days at
// 2.4 GHz); the TSC on current x86 CPUs is invariant, so the rate holds across power states.

import { TimeStampCounter } from "../platform/platform";

export class MonotonicClock {
  constructor(
    private tsc: TimeStampCounter,
    readonly ticksPerMicrosecond: number,
  ) {}

  nanoseconds(): number {
    return Math.floor(((this.tsc.read() - this.tsc.bootValue()) * 1000) / this.ticksPerMicrosecond);
  }

  microseconds(): number {
    return Math.floor((this.tsc.read() - this.tsc.bootValue()) / this.ticksPerMicrosecond);
  }
}

/**
 * UTC time: the RTC's reading (whole seconds) at one moment, plus the monotonic time since. The
 * RTC was read at an unknown point within its second, so the result can be up to a second behind;
 * past 2^53 ns (in 1970 + 104 days) a double holds nanoseconds to 256 ns.
 */
export class WallClock {
  constructor(
    private monotonic: MonotonicClock,
    /** Unix seconds the RTC showed... */
    private unixSecondsAtReading: number,
    /** ...when the monotonic clock read this. */
    private monotonicAtReading: number,
  ) {}

  nanoseconds(): number {
    return this.unixSecondsAtReading * 1e9 + (this.monotonic.nanoseconds() - this.monotonicAtReading);
  }
}

// The monotonic clock: nanoseconds since the image's first instruction, from the TSC and the rate
// kmain calibrated against the PIT (kernel/drivers/tsc-calibration.ts). The shim's clock_gettime
// and kmain's boot-time banner read it. Exact while TSC values stay below 2^53 (about 43 days at
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

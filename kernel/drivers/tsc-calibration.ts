// Measures the TSC's rate against the 8254 PIT: kmain calls calibrateTsc once at boot, and the
// shim's clock_gettime turns TSC ticks into nanoseconds with the result.
//
// Method: counter 2 in mode 0 (kernel/drivers/i8254.ts) times a window of N PIT ticks; the TSC is
// read around the write that starts the count and around each poll of the output bit, so the
// true start and end each lie inside a bracket of known width. The estimate uses the bracket
// midpoints; its error bound is the two half-widths (one port access at the start, about two
// poll periods at the end) plus half a PIT tick (the count starts at an unknown phase of the
// PIT's clock), relative to the window.
//
// Why a 5 ms window, not Unikraft's fixed 100 ms: the error does not grow with the machine, it is
// a few microseconds of port-access latency at the two ends. A port access costs about 1 us on
// PC chipsets, so over 5 ms (5966 PIT ticks) the bound is about 400 ppm: 0.4 us in every
// millisecond, the same order as the resolution of an integer "ticks per microsecond" at a
// 2.4 GHz TSC. The bound is measured on every run, not assumed: when port accesses are slower
// (an emulator, a busy host) the window doubles until the bound is within 500 ppm or the window
// reaches 40 ms, so a slow machine pays for its own precision and a fast one boots 20 times
// sooner than with 100 ms. The PIT oscillator's own tolerance (crystal, typically within
// 100 ppm) is not included; nothing better is available this early.

import { PortIo, TimeStampCounter } from "../platform/platform";
import { PIT_HZ, PitStopwatch } from "./i8254";

export const FIRST_WINDOW_MICROSECONDS: number = 5000;
export const LONGEST_WINDOW_MICROSECONDS: number = 40000;
export const TARGET_UNCERTAINTY_PPM: number = 500;
/** Polls before concluding counter 2 never expires (about 10 s at 1 us a poll). */
const MAX_POLLS: u32 = 10000000;
/**
 * Measurements that may find the count already expired at the first poll before calibration
 * gives up. A missing 8254 shows that every time; a machine that was not running between the
 * start and the first poll (a virtual CPU the host descheduled for longer than the window, seen
 * under QEMU on a loaded host) shows it once in a while.
 */
const EXPIRED_AT_ONCE_ATTEMPTS: u32 = 5;
const EXPIRED_AT_ONCE = "PIT counter 2 output was high right after programming (no working 8254 at 0x40-0x43/0x61)";

export class TscCalibration {
  constructor(
    /** TSC ticks per microsecond (the TSC frequency in MHz); 0 when calibration failed. */
    readonly ticksPerMicrosecond: number,
    /** Bound on the relative error of ticksPerMicrosecond, in parts per million. */
    readonly uncertaintyPpm: number,
    /** The window of the last measurement. */
    readonly windowMicroseconds: number,
    /** Why calibration failed; "" when it worked. */
    readonly failure: string,
  ) {}

  ok(): boolean {
    return this.failure === "";
  }
}

/**
 * A measurement whose result is thrown away, before the first that counts: at boot the code of
 * a measurement runs for the first time, and whatever that first run costs (QEMU's TCG
 * translates each block of code when it first runs it, tens of microseconds a block; a real CPU
 * fills its caches) would fall inside the brackets around the start and the edge. Seen under
 * TCG: the cold 5 ms window always missed 500 ppm, so every boot paid 5 + 10 ms; warm, 5 ms is
 * enough. 50 us is 60 PIT ticks, long enough for one poll before the edge, once the poll's code is
 * translated; translating it can itself take longer than 50 us, and then the count has run out
 * at the first poll and the rest of the code has not run: measureRetrying runs it again.
 */
export const WARM_UP_MICROSECONDS: number = 50;

/** Calibrates over 5 ms, longer only when the measured error bound asks for it. */
export function calibrateTsc(ports: PortIo, tsc: TimeStampCounter): TscCalibration {
  const stopwatch = new PitStopwatch(ports);
  measureRetrying(stopwatch, tsc, WARM_UP_MICROSECONDS); // runs the code once; the result is not used
  let window = FIRST_WINDOW_MICROSECONDS;
  let result = measureRetrying(stopwatch, tsc, window);
  while (result.ok() && result.uncertaintyPpm > TARGET_UNCERTAINTY_PPM && window < LONGEST_WINDOW_MICROSECONDS) {
    window = Math.min(window * 2, LONGEST_WINDOW_MICROSECONDS);
    result = measureRetrying(stopwatch, tsc, window);
  }
  return result;
}

/** measureWindow, measured again when the count had expired before the first poll. */
function measureRetrying(stopwatch: PitStopwatch, tsc: TimeStampCounter, microseconds: number): TscCalibration {
  let result = measureWindow(stopwatch, tsc, microseconds);
  for (let attempt: u32 = 1; attempt < EXPIRED_AT_ONCE_ATTEMPTS && result.failure === EXPIRED_AT_ONCE; attempt++) {
    result = measureWindow(stopwatch, tsc, microseconds);
  }
  return result;
}

/** One measurement over a window of `microseconds` (at most 54 ms, the 16-bit counter's range). */
export function measureWindow(stopwatch: PitStopwatch, tsc: TimeStampCounter, microseconds: number): TscCalibration {
  const count = Math.round((microseconds * PIT_HZ) / 1e6);
  stopwatch.prepare(count);
  const beforeStart = tsc.read();
  stopwatch.start();
  const afterStart = tsc.read();
  const end = new EdgeBracket();
  waitForExpiry(stopwatch, tsc, end);
  stopwatch.release();
  if (end.failure !== "") return new TscCalibration(0, 0, microseconds, end.failure);
  return estimate(count, beforeStart, afterStart, end, microseconds);
}

/** Where the output edge lies: after `low` (a poll that saw it low began) and before `high`. */
class EdgeBracket {
  low: u64 = 0;
  high: u64 = 0;
  failure: string = "";
}

function waitForExpiry(stopwatch: PitStopwatch, tsc: TimeStampCounter, edge: EdgeBracket): void {
  for (let polls: u32 = 0; polls < MAX_POLLS; polls++) {
    const before = tsc.read();
    const expired = stopwatch.expired();
    const after = tsc.read();
    if (expired && polls === 0) {
      edge.failure = EXPIRED_AT_ONCE;
      return;
    }
    if (expired) {
      edge.high = after;
      return;
    }
    edge.low = before;
  }
  edge.failure = "PIT counter 2 never expired";
}

function estimate(count: u32, beforeStart: u64, afterStart: u64, end: EdgeBracket, window: number): TscCalibration {
  // OUT rises N + 1 CLK pulses after the write, which lands somewhere inside one CLK period.
  const pitTicks = count + 0.5;
  const microseconds = (pitTicks * 1e6) / PIT_HZ;
  const tscTicks = (end.low + end.high) / 2 - (beforeStart + afterStart) / 2;
  const tscSlack = (afterStart - beforeStart) / 2 + (end.high - end.low) / 2;
  const relative = tscSlack / tscTicks + 0.5 / pitTicks;
  return new TscCalibration(tscTicks / microseconds, relative * 1e6, window, "");
}

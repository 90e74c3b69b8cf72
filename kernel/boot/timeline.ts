// Where boot time goes: kmain stamps the TSC after each of its steps into a BootTimeline and,
// when the command line holds the word `boottimes`, prints one line per step just before the
// app's main, in microseconds (the rate comes from the calibration, which runs after the first
// stamps, so stamps are kept as raw ticks and converted when printed), e.g.
//   boot: 13817 us  +5602 us  TSC calibration (5000 us window, 212 ppm)
// The first line is the time from the image's first instruction (boot.S's TSC) to kmain's
// entry: long mode, C start-up and every module initializer. bench/boot/run.ts reads these lines.

import { TimeStampCounter } from "../platform/platform";
import { print } from "../shim/print";

/** Stamps for kmain's steps; at most CAPACITY of them. */
const CAPACITY: u32 = 24;

export class BootTimeline {
  private ticks: Float64Array = new Float64Array(CAPACITY);
  private names: string[] = [];
  private details: string[] = [];

  constructor(private tsc: TimeStampCounter) {
    this.mark("entry to kmain");
  }

  /** Records that the step `name` has just finished; `detail` is printed after its name. */
  mark(name: string, detail: string = ""): void {
    const i = this.names.length;
    if (i >= CAPACITY) return; // a longer boot sequence keeps its first CAPACITY stamps
    this.ticks[i] = this.tsc.read();
    this.names.push(name);
    this.details.push(detail);
  }

  /** One line per step: time since the first instruction, the step's own time, its name. */
  print(ticksPerMicrosecond: number): void {
    let previous = this.tsc.bootValue();
    const boot = previous;
    for (let i = 0; i < this.names.length; i++) {
      const at = this.ticks[i];
      const total = Math.round((at - boot) / ticksPerMicrosecond);
      const step = Math.round((at - previous) / ticksPerMicrosecond);
      const detail = this.details[i] === "" ? "" : ` (${this.details[i]})`;
      print(`boot: ${total} us  +${step} us  ${this.names[i]}${detail}`);
      previous = at;
    }
  }
}

/** Whether the command line asks for the timeline (the word `boottimes` after the image name). */
export function wantsBootTimes(argv: string[]): boolean {
  for (const word of argv) {
    if (word === "boottimes") return true;
  }
  return false;
}

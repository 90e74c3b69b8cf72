// A thread spins on the clock for BUSY_MS without yielding while another prints a line every
// 2 ms of sleep. Under preempt the printer's lines come while the spinner spins; under coop the
// spinner keeps the CPU and the printer's lines all come after "busy done" (the documented
// cooperative contract). The test reads the order of the lines.
import { clock_gettime, CLOCK_MONOTONIC } from "../../../../kernel/shim/shim";
import { print } from "../../../../kernel/shim/print";
import { join, sleepMilliseconds, spawn } from "../../../../kernel/shim/threads";

const BUSY_MS: number = 200;
const LINES: i32 = 5;

export function run(): i32 {
  const busy = spawn(() => {
    const start = clock_gettime(CLOCK_MONOTONIC);
    let spins = 0;
    while (clock_gettime(CLOCK_MONOTONIC) - start < BUSY_MS * 1e6) spins++;
    print(`busy done after ${spins > 0 ? "spinning" : "nothing"}`);
  }, "busy");
  const printer = spawn(() => {
    for (let i = 0; i < LINES; i++) {
      print(`printer line ${i}`);
      sleepMilliseconds(2);
    }
  }, "printer");
  join(busy);
  join(printer);
  return 0;
}

// Sleeps of several lengths, each measured on the monotonic clock: prints the requested and the
// actual time in microseconds, from the main thread and from a second thread sleeping at the
// same time (so the idle thread halts and the timer interrupt wakes both).
import { clock_gettime, CLOCK_MONOTONIC, nanosleep } from "../../../../kernel/shim/shim";
import { print } from "../../../../kernel/shim/print";
import { join, spawn } from "../../../../kernel/shim/threads";

const REQUESTS_MS: number[] = [1, 2, 5, 10, 20, 50];

function measure(who: string, ms: number): void {
  const start = clock_gettime(CLOCK_MONOTONIC);
  nanosleep(ms * 1e6);
  const took = Math.floor((clock_gettime(CLOCK_MONOTONIC) - start) / 1000);
  print(`slept ${who} requested_us ${ms * 1000} actual_us ${took}`);
}

export function run(): i32 {
  const other = spawn(() => {
    nanosleep(1e6);
    for (const ms of REQUESTS_MS) measure("other", ms);
  }, "other-sleeper");
  nanosleep(1e6); // warm-up: QEMU translates the sleep, tick and switch paths the first time (~10 ms of emulated time)
  for (const ms of REQUESTS_MS) measure("main", ms);
  join(other);
  return 0;
}

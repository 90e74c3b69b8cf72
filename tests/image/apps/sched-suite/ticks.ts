// Timer interrupts keep arriving while threads run: a thread that never yields spins for SPIN_MS
// on the clock and counts the scheduler's ticks meanwhile (under coop nothing else runs, so only
// the interrupt can advance them); then two threads ping-pong through yields and the ticks are
// counted again.
import { clock_gettime, CLOCK_MONOTONIC, sched_yield } from "../../../../kernel/shim/shim";
import { print } from "../../../../kernel/shim/print";
import { join, spawn } from "../../../../kernel/shim/threads";
import { activeThreads } from "../../../../kernel/sched/threads";

const SPIN_MS: number = 100;

function ticks(): number {
  const threads = activeThreads();
  return threads === null ? 0 : threads.ticks;
}

function spin(ms: number): void {
  const start = clock_gettime(CLOCK_MONOTONIC);
  while (clock_gettime(CLOCK_MONOTONIC) - start < ms * 1e6) {}
}

export function run(): i32 {
  const spinner = spawn(() => {
    const before = ticks();
    spin(SPIN_MS);
    print(`spinning ${SPIN_MS} ms took ticks ${ticks() - before}`);
  }, "spinner");
  join(spinner);
  const started = ticks();
  const yielders: i32 = 2;
  let rounds = 0;
  const a = spawn(() => {
    const end = clock_gettime(CLOCK_MONOTONIC) + SPIN_MS * 1e6;
    while (clock_gettime(CLOCK_MONOTONIC) < end) {
      rounds++;
      sched_yield();
    }
  }, "yielder-a");
  const b = spawn(() => {
    const end = clock_gettime(CLOCK_MONOTONIC) + SPIN_MS * 1e6;
    while (clock_gettime(CLOCK_MONOTONIC) < end) {
      rounds++;
      sched_yield();
    }
  }, "yielder-b");
  join(a);
  join(b);
  print(`${yielders} yielding threads for ${SPIN_MS} ms took ticks ${ticks() - started} rounds ${rounds > 100 ? "many" : rounds}`);
  return 0;
}

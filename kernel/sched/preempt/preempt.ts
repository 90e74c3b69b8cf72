// The preemptive scheduler: time slices on the timer tick, eight priority levels, and demotion
// of threads that use whole slices, so that a busy thread cannot starve others. Selected with
// "sched": "preempt".
//
// Policy (a small multilevel feedback queue):
//   - a thread runs at its effective priority, which starts at its own priority (0..7);
//   - the highest non-empty level runs first, round robin within a level;
//   - a thread that uses up its slice (SLICE_TICKS timer ticks) drops one level, down to 0, and
//     another thread at or above its new level, if any, gets the CPU;
//   - a thread that blocks or sleeps gets its own priority back when it wakes, and a woken thread
//     above the running one's level preempts it at once;
//   - so a thread that never blocks sinks to level 0 within 8 slices and shares the CPU round
//     robin there with everything else, whatever its priority; priorities order the threads that
//     wait for events (interactive, I/O), which is what they are for.

import { Readiness, Scheduler } from "../scheduler";
import { PRIORITY_LEVELS, Thread, ThreadQueue } from "../thread";

/** Timer ticks in a slice: 10 ms at the 1 kHz tick. */
export const SLICE_TICKS: i32 = 10;

class PreemptScheduler implements Scheduler {
  readonly name: string = "preempt";
  private levels: ThreadQueue[] = [];
  private count: u32 = 0;

  constructor() {
    for (let i = 0; i < PRIORITY_LEVELS; i++) this.levels.push(new ThreadQueue());
  }

  enqueue(t: Thread, why: Readiness): void {
    if (why === Readiness.Started || why === Readiness.Woken) {
      t.effectivePriority = t.priority;
      t.sliceLeft = SLICE_TICKS;
    } else if (why === Readiness.Yielded) t.sliceLeft = SLICE_TICKS;
    const level = this.levels[t.effectivePriority];
    if (why === Readiness.Preempted) level.pushFront(t); // it keeps the rest of its slice
    else level.push(t);
    this.count++;
  }

  pickNext(): Thread | null {
    for (let i = PRIORITY_LEVELS - 1; i >= 0; i--) {
      const t = this.levels[i].pop();
      if (t !== null) {
        this.count--;
        return t;
      }
    }
    return null;
  }

  hasRunnable(): boolean {
    return this.count > 0;
  }

  preempts(candidate: Thread, running: Thread): boolean {
    return candidate.effectivePriority > running.effectivePriority;
  }

  tickIsr(running: Thread): boolean {
    running.sliceLeft--;
    if (running.sliceLeft > 0) return false;
    if (running.effectivePriority > 0) running.effectivePriority--;
    running.sliceLeft = SLICE_TICKS;
    return this.hasRunnableFrom(running.effectivePriority);
  }

  dispatched(t: Thread): void {
    if (t.sliceLeft <= 0) t.sliceLeft = SLICE_TICKS;
  }

  private hasRunnableFrom(level: i32): boolean {
    for (let i = PRIORITY_LEVELS - 1; i >= level; i--) {
      if (!this.levels[i].isEmpty()) return true;
    }
    return false;
  }
}

export function createPreemptScheduler(): Scheduler {
  return new PreemptScheduler();
}

// The cooperative scheduler: one first-in first-out queue of runnable threads, no time slices,
// no priorities. A thread runs until it yields (sched_yield), sleeps, blocks on a mutex,
// semaphore, condition or join, or ends; then the thread that has waited longest runs. Timer
// interrupts still arrive (sleepers wake, timers fire) but never take the CPU from a running
// thread: a thread that loops without yielding keeps it, and that is the contract apps rely on
// (no locks needed between two points that do not yield). Selected with "sched": "coop".

import { Readiness, Scheduler } from "../scheduler";
import { Thread, ThreadQueue } from "../thread";

class CoopScheduler implements Scheduler {
  readonly name: string = "coop";
  private queue: ThreadQueue = new ThreadQueue();

  enqueue(t: Thread, why: Readiness): void {
    this.queue.push(t);
  }

  pickNext(): Thread | null {
    return this.queue.pop();
  }

  hasRunnable(): boolean {
    return !this.queue.isEmpty();
  }

  preempts(candidate: Thread, running: Thread): boolean {
    return false;
  }

  tickIsr(running: Thread): boolean {
    return false;
  }

  dispatched(t: Thread): void {}
}

export function createCoopScheduler(): Scheduler {
  return new CoopScheduler();
}

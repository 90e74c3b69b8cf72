// The scheduler API: the policy that decides which runnable thread runs next. It is the module
// kind `sched` (tools/build/registry.ts); an app's yao.json selects one implementation:
//   coop/     cooperative round robin: a thread runs until it yields, sleeps, blocks or ends;
//   preempt/  time slices on the timer tick, with priorities and demotion of busy threads.
// Each folder exports only its constructor. The mechanism (creating threads, switching, sleeping,
// waking) is the same for both and lives in kernel/sched/threads.ts, which calls the policy with
// interrupts disabled; every method here may run in interrupt context and must not allocate.
// The same test suite (scheduler.suite.ts) runs against every implementation.

import { Thread } from "./thread";

/** Why a thread is handed to enqueue(). */
export enum Readiness {
  /** Newly created. */
  Started,
  /** It gave up the CPU voluntarily (sched_yield). */
  Yielded,
  /** Woken from a wait or a sleep. */
  Woken,
  /** A more urgent thread became runnable while it ran. */
  Preempted,
  /** Its time slice ran out while others were waiting. */
  Expired,
}

export interface Scheduler {
  /** The implementation's name as yao.json selects it ("coop", "preempt"). */
  readonly name: string;
  /** `t` is runnable for the given reason; queue it. */
  enqueue(t: Thread, why: Readiness): void;
  /** Takes the thread to run next out of the queue; null when none is runnable. */
  pickNext(): Thread | null;
  hasRunnable(): boolean;
  /** `candidate` just became runnable while `running` runs: whether it should run right away. */
  preempts(candidate: Thread, running: Thread): boolean;
  /** A timer tick while `running` runs: whether to switch to another thread now. */
  tickIsr(running: Thread): boolean;
  /** `t` is about to run. */
  dispatched(t: Thread): void;
}

/** What tools/build/registry.ts names and kmain calls (kernel/boot/modules.ts). */
export type SchedulerConstructor = () => Scheduler;

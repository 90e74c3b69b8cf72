// Threads for applications: the TypeScript-friendly face of kernel/sched. An app creates a
// thread from a closure, joins it, sleeps, yields, and shares data under a Mutex, a Semaphore or
// a Condition; timers run a callback after a delay. Which scheduler runs the threads (coop or
// preempt) is chosen in the app's yao.json, not here. See apps/threads for an example.
//
//   const worker = spawn(() => { ... }, "worker");
//   join(worker);
//
// Under "coop" a thread keeps the CPU until it yields, sleeps, blocks or ends; under "preempt"
// the timer takes it away after a 10 ms slice when others are waiting.

import { activeThreads, DEFAULT_STACK_BYTES } from "../sched/threads";
import { PRIORITY_DEFAULT, Thread } from "../sched/thread";
import { Timer } from "../sched/timers";
import { nanosleep, sched_yield } from "./shim";

export { Thread, ThreadState, PRIORITY_DEFAULT, PRIORITY_HIGHEST, PRIORITY_LOWEST } from "../sched/thread";
export { Condition, Mutex, Semaphore } from "../sched/sync";
export { Timer } from "../sched/timers";
export { DEFAULT_STACK_BYTES } from "../sched/threads";

/**
 * Starts `body` on a new thread with its own stack (a guard page below it turns an overflow into
 * a fault report naming the thread). Priorities go from 0 to 7 (preempt honours them). Panics
 * when there is no free thread slot or no memory for the stack; throws when there is no thread
 * system at all (kmain starts one before the app's main, so only a test without one sees this).
 */
export function spawn(body: () => void, name: string = "thread", priority: i32 = PRIORITY_DEFAULT,
  stackBytes: u32 = DEFAULT_STACK_BYTES): Thread {
  const threads = activeThreads();
  if (threads === null) throw new Error(`cannot create thread '${name}': no thread system is running`);
  const t = threads.spawn(name, body, priority, stackBytes);
  if (t === null) {
    threads.fail(`cannot create thread '${name}': no free thread slot or no memory for its stack`);
    return placeholder(name);
  }
  return t;
}

/** Waits until `t` has ended. */
export function join(t: Thread): void {
  const threads = activeThreads();
  if (threads !== null) threads.join(t);
}

/** Ends the calling thread now, as if its body had returned (joiners wake). Not for main: main ends by returning. */
export function exitThread(): void {
  const threads = activeThreads();
  if (threads !== null) threads.exit();
}

/** The calling thread ("main" for the app's main). */
export function currentThread(): Thread | null {
  const threads = activeThreads();
  return threads === null ? null : threads.current();
}

export function sleepMilliseconds(milliseconds: number): void {
  nanosleep(milliseconds * 1e6);
}

export function yieldThread(): void {
  sched_yield();
}

/** Runs `callbackIsr` once, `delayNanoseconds` from now, in interrupt context (no allocation, no blocking). */
export function startTimer(delayNanoseconds: number, callbackIsr: () => void): Timer {
  const timer = new Timer(callbackIsr);
  const threads = activeThreads();
  if (threads !== null) threads.startTimer(timer, threads.clock.nanoseconds() + delayNanoseconds);
  return timer;
}

/** Stops `timer` before it fires; whether it had not fired. */
export function cancelTimer(timer: Timer): boolean {
  const threads = activeThreads();
  return threads !== null && threads.cancelTimer(timer);
}

/** What spawn returns after its panic, which returns only on the simulator: a thread that never runs. */
function placeholder(name: string): Thread {
  return new Thread(0, name, 0, PRIORITY_DEFAULT, () => {}, null, new Timer(() => {}));
}

// A thread as the scheduler sees it, and the queue threads wait in. kernel/sched/threads.ts
// creates and switches threads; the selected Scheduler (scheduler.ts: coop/ or preempt/) keeps
// the runnable ones in ThreadQueues and owns the policy fields; wait queues (sync.ts) hold the
// blocked ones. Apps hold Threads as handles (join, name, id) through kernel/shim/threads.ts.

import { Timer } from "./timers";

export enum ThreadState {
  /** Runnable, waiting in the scheduler's queue. */
  Ready,
  Running,
  /** Waiting in a wait queue (mutex, semaphore, condition, join). */
  Blocked,
  /** Waiting for its sleep timer. */
  Sleeping,
  /** Ended; its stack is freed by the next spawn or join. */
  Dead,
}

/** Priorities run from 0 (lowest) to 7; the preempt scheduler honours them, coop ignores them. */
export const PRIORITY_LOWEST: i32 = 0;
export const PRIORITY_HIGHEST: i32 = 7;
export const PRIORITY_DEFAULT: i32 = 4;
export const PRIORITY_LEVELS: i32 = 8;

/** A thread's stack: [base, top), and the guard page [region, base) below it when `guarded`. */
export class ThreadStack {
  constructor(
    readonly region: number,
    readonly base: number,
    readonly top: number,
    readonly guarded: boolean,
  ) {}
}

export class Thread {
  state: ThreadState = ThreadState.Ready;
  /** Link in the one queue holding the thread: a run queue, a wait queue or the zombie list. */
  next: Thread | null = null;
  /** Policy-owned (scheduler.ts): the priority it runs at now and the ticks left in its slice. */
  effectivePriority: i32;
  sliceLeft: i32 = 0;
  /** Threads blocked in join() on this one. */
  readonly joiners: ThreadQueue = new ThreadQueue();
  /** Times it was switched to. */
  runs: number = 0;

  constructor(
    readonly id: u32,
    readonly name: string,
    /** Its saved-context slot (kernel/platform: ThreadContexts). */
    readonly slot: u32,
    /** 0..7, see PRIORITY_*. */
    readonly priority: i32,
    readonly body: () => void,
    readonly stack: ThreadStack | null,
    /** Wakes it from sleep; armed by ThreadSystem.sleepUntil. */
    readonly sleepTimer: Timer,
  ) {
    this.effectivePriority = priority;
  }
}

/** A FIFO of threads linked through Thread.next: no allocation, so interrupt handlers may use it. */
export class ThreadQueue {
  private head: Thread | null = null;
  private tail: Thread | null = null;
  length: u32 = 0;

  isEmpty(): boolean {
    return this.head === null;
  }

  push(t: Thread): void {
    t.next = null;
    if (this.tail === null) this.head = t;
    else this.tail.next = t;
    this.tail = t;
    this.length++;
  }

  /** Puts `t` first, to run before the others. */
  pushFront(t: Thread): void {
    t.next = this.head;
    this.head = t;
    if (this.tail === null) this.tail = t;
    this.length++;
  }

  pop(): Thread | null {
    const t = this.head;
    if (t === null) return null;
    this.head = t.next;
    if (this.head === null) this.tail = null;
    t.next = null;
    this.length--;
    return t;
  }

  peek(): Thread | null {
    return this.head;
  }

  /** Takes `t` out wherever it is; whether it was there. */
  remove(t: Thread): boolean {
    let previous: Thread | null = null;
    for (let at = this.head; at !== null; at = at.next) {
      if (at === t) {
        if (previous === null) this.head = t.next;
        else previous.next = t.next;
        if (this.tail === t) this.tail = previous;
        t.next = null;
        this.length--;
        return true;
      }
      previous = at;
    }
    return false;
  }
}

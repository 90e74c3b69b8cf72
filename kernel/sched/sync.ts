// Wait queues and the blocking primitives built on them: Mutex, Semaphore and Condition. Kernel
// code and apps (through kernel/shim/threads.ts) create them freely; they reach the running
// thread system through activeThreads(). Before the thread system starts (early boot, or a host
// test without one) there is only one thread, so an uncontended operation succeeds and one that
// would have to wait is a deadlock, reported as a panic by the caller's thread system or, with
// none, left to the caller's return value (tryLock, tryWait).
//
// Every wakeup hands over what the woken thread waited for (the mutex, the semaphore unit, the
// mutex again after a condition), so a woken thread returns without checking again and a thread
// arriving later cannot overtake the waiters: FIFO fairness. post() and signal() may be called
// from interrupt handlers (they never block or allocate); a woken thread then runs when the
// handler ends, if the scheduler lets it preempt.

import { Thread, ThreadQueue } from "./thread";
import { activeThreads, ThreadSystem } from "./threads";

/** A queue of blocked threads with the wait and wake operations the primitives share. */
export class WaitQueue {
  readonly threads: ThreadQueue = new ThreadQueue();

  /** Blocks the calling thread here until wakeOne or wakeAll; interrupts must be disabled. */
  waitLocked(sys: ThreadSystem): void {
    sys.wait(this.threads);
  }

  /** Wakes the longest-waiting thread; the woken one, or null. Interrupts must be disabled. */
  wakeOneLocked(sys: ThreadSystem): Thread | null {
    const t = this.threads.pop();
    if (t !== null) sys.wake(t);
    return t;
  }

  /** Wakes every waiting thread; how many. Interrupts must be disabled. */
  wakeAllLocked(sys: ThreadSystem): u32 {
    let count: u32 = 0;
    for (let t = this.threads.pop(); t !== null; t = this.threads.pop()) {
      sys.wake(t);
      count++;
    }
    return count;
  }
}

/** Mutual exclusion, not recursive; unlocked by the thread that locked it. */
export class Mutex {
  private locked: boolean = false;
  /** The holding thread (null while unlocked, or when locked before threads existed). */
  private holder: Thread | null = null;
  readonly waiters: WaitQueue = new WaitQueue();
  /** Times lock() had to wait. */
  contended: number = 0;

  /** Takes the mutex, waiting while another thread holds it. */
  lock(): void {
    const sys = activeThreads();
    if (sys === null) {
      this.locked = true;
      return;
    }
    const on = sys.enterCritical();
    const me = sys.current();
    if (!this.locked) this.take(me);
    else if (this.holder === me) sys.fail(`thread '${me.name}' locked a mutex it already holds`);
    else {
      this.contended++;
      this.waiters.waitLocked(sys); // unlock() makes us the holder before waking us
    }
    sys.leaveCritical(on);
  }

  /** Takes the mutex if it is free; whether it did. */
  tryLock(): boolean {
    const sys = activeThreads();
    const on = sys === null ? false : sys.enterCritical();
    const free = !this.locked;
    if (free) this.take(sys === null ? null : sys.current());
    if (sys !== null) sys.leaveCritical(on);
    return free;
  }

  /** Releases the mutex to the longest waiter, if any. */
  unlock(): void {
    const sys = activeThreads();
    if (sys === null) {
      this.locked = false;
      return;
    }
    const on = sys.enterCritical();
    const me = sys.current();
    if (this.holder !== me) sys.fail(`thread '${me.name}' unlocked a mutex it does not hold`);
    else this.handOverLocked(sys);
    sys.leaveCritical(on);
  }

  isLocked(): boolean {
    return this.locked;
  }

  /** The holding thread, or null. */
  owner(): Thread | null {
    return this.holder;
  }

  /** Gives the mutex to the first waiter, or frees it; interrupts disabled. For Condition. */
  handOverLocked(sys: ThreadSystem): void {
    const next = this.waiters.threads.pop();
    this.holder = next;
    this.locked = next !== null;
    if (next !== null) sys.wake(next);
  }

  /** Makes `t`, woken by a condition, the holder, or queues it for the mutex; interrupts disabled. */
  acquireForLocked(sys: ThreadSystem, t: Thread): void {
    if (!this.locked) {
      this.take(t);
      sys.wake(t);
    } else this.waiters.threads.push(t);
  }

  private take(t: Thread | null): void {
    this.locked = true;
    this.holder = t;
  }
}

/** A counting semaphore. */
export class Semaphore {
  readonly waiters: WaitQueue = new WaitQueue();

  constructor(private count: u32 = 0) {}

  /** Takes a unit, waiting until one is posted. */
  wait(): void {
    const sys = activeThreads();
    if (sys === null) {
      if (this.count > 0) this.count--;
      return;
    }
    const on = sys.enterCritical();
    if (this.count > 0) this.count--;
    else this.waiters.waitLocked(sys); // post() gives its unit straight to us
    sys.leaveCritical(on);
  }

  /** Takes a unit if one is there; whether it did. */
  tryWait(): boolean {
    const sys = activeThreads();
    const on = sys === null ? false : sys.enterCritical();
    const taken = this.count > 0;
    if (taken) this.count--;
    if (sys !== null) sys.leaveCritical(on);
    return taken;
  }

  /** Adds a unit, or gives it to the longest waiter. Safe in interrupt handlers. */
  post(): void {
    const sys = activeThreads();
    if (sys === null) {
      this.count++;
      return;
    }
    const on = sys.enterCritical();
    if (this.waiters.wakeOneLocked(sys) === null) this.count++;
    sys.leaveCritical(on);
  }

  /** post() from an interrupt handler (the same operation; the name says where it runs). */
  postIsr(): void {
    this.post();
  }

  value(): u32 {
    return this.count;
  }
}

/** A condition variable, used with one Mutex at a time. */
export class Condition {
  readonly waiters: WaitQueue = new WaitQueue();
  private mutex: Mutex | null = null;

  /**
   * Releases `mutex` (which the caller holds), waits for signal or broadcast, and returns
   * holding `mutex` again. As with every condition variable, re-check the predicate in a loop:
   * another thread may have changed it between the signal and this thread's return.
   */
  wait(mutex: Mutex): void {
    const sys = activeThreads();
    if (sys === null) return;
    const on = sys.enterCritical();
    const me = sys.current();
    if (mutex.owner() !== me || (this.mutex !== null && this.mutex !== mutex)) {
      sys.fail(`thread '${me.name}' waited on a condition without holding its mutex, or with a second mutex`);
    } else {
      this.mutex = mutex;
      mutex.handOverLocked(sys);
      this.waiters.waitLocked(sys); // signal() requeues us on the mutex, which unlock hands over
    }
    sys.leaveCritical(on);
  }

  /** Wakes the longest waiter (it returns from wait once it holds the mutex). */
  signal(): void {
    this.release(false);
  }

  /** Wakes every waiter. */
  broadcast(): void {
    this.release(true);
  }

  private release(all: boolean): void {
    const sys = activeThreads();
    if (sys === null) return;
    const on = sys.enterCritical();
    const mutex = this.mutex;
    for (let t = this.waiters.threads.pop(); t !== null && mutex !== null; t = all ? this.waiters.threads.pop() : null) {
      mutex.acquireForLocked(sys, t);
    }
    if (this.waiters.threads.isEmpty()) this.mutex = null;
    sys.leaveCritical(on);
  }
}

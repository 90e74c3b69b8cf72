// One-shot timers on the monotonic clock: a deadline and a callback run from the timer interrupt.
// The thread system (kernel/sched/threads.ts) owns one TimerQueue; its tick handler fires every
// timer whose deadline has passed, in deadline order. A thread's sleep is a timer whose callback
// wakes it; apps and drivers get their own through kernel/shim/threads.ts. Callbacks run in
// interrupt context: they must not allocate or block (hence the Isr in their names), and may
// re-arm their own timer.

export class Timer {
  /** Monotonic nanoseconds at or after which the callback runs. */
  deadline: number = 0;
  armed: boolean = false;
  /** Link in the queue, earliest first; the queue owns it while armed. */
  next: Timer | null = null;

  constructor(
    /** Runs in interrupt context when the deadline passes. */
    public callbackIsr: () => void,
  ) {}
}

export class TimerQueue {
  private head: Timer | null = null;
  fired: number = 0;

  /** Arms `timer` for `deadline`, after any timer already due at the same time. */
  insert(timer: Timer, deadline: number): void {
    if (timer.armed) this.remove(timer);
    timer.deadline = deadline;
    timer.armed = true;
    if (this.head === null || deadline < this.head.deadline) {
      timer.next = this.head;
      this.head = timer;
      return;
    }
    let at: Timer = this.head;
    while (at.next !== null && at.next.deadline <= deadline) at = at.next;
    timer.next = at.next;
    at.next = timer;
  }

  /** Disarms `timer`; whether it was armed. */
  remove(timer: Timer): boolean {
    if (!timer.armed) return false;
    timer.armed = false;
    if (this.head === timer) {
      this.head = timer.next;
      timer.next = null;
      return true;
    }
    for (let at = this.head; at !== null; at = at.next) {
      if (at.next === timer) {
        at.next = timer.next;
        timer.next = null;
        return true;
      }
    }
    return false;
  }

  /** The earliest deadline, or -1 when nothing is armed. */
  nextDeadline(): number {
    return this.head === null ? -1 : this.head.deadline;
  }

  /** Runs the callback of every timer due at `now`; how many ran. */
  expireIsr(now: number): u32 {
    let count: u32 = 0;
    for (;;) {
      const timer = this.head;
      if (timer === null || timer.deadline > now) return count;
      this.head = timer.next;
      timer.next = null;
      timer.armed = false;
      count++;
      this.fired++;
      timer.callbackIsr();
    }
  }
}

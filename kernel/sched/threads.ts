// The thread system: creating threads with their own stacks (guard page below each), switching
// between them, yield, sleep, join and exit, the timer tick, the idle thread, and the blocking
// and waking that wait queues (sync.ts) are built on. The policy of who runs next is the
// selected Scheduler's (scheduler.ts); the saved contexts, interrupts and preemption counter are
// the platform's (kernel/platform/platform.ts). kernel/sched/start.ts builds the one instance at
// boot and makes it active; the shim (kernel/shim/threads.ts) and sync.ts reach it through
// activeThreads().
//
// Concurrency: every change to scheduler state happens with interrupts disabled, in thread
// context or in an interrupt handler; nothing here allocates with interrupts disabled. A switch
// requested from an interrupt handler (a woken thread that should run first, an expired slice)
// happens at the end of the interrupt, through the platform's preemption hook, or later when the
// running thread's last preempt-disabled section ends. Wait queues hand ownership to the thread
// they wake (a mutex is given to its first waiter, a semaphore unit to its first waiter), so a
// woken thread never has to check again and cannot be overtaken.
//
// On the simulator a switch only records itself and returns (Node cannot switch stacks), so a
// host test plays each thread in turn and checks what the scheduler decided.

import { Allocator, PAGE_SIZE } from "../alloc/allocator";
import { GuardPages, Interrupts, Preemption, ThreadContexts } from "../platform/platform";
import { MonotonicClock } from "../shim/clock";
import { Readiness, Scheduler } from "./scheduler";
import { PRIORITY_DEFAULT, PRIORITY_HIGHEST, PRIORITY_LOWEST, Thread, ThreadQueue, ThreadStack, ThreadState } from "./thread";
import { Timer, TimerQueue } from "./timers";

export const DEFAULT_STACK_BYTES: u32 = 64 * 1024;
const MIN_STACK_BYTES: u32 = 8 * 1024;
const GUARD_BYTES: u32 = PAGE_SIZE;
const BOOT_SLOT: u32 = 0;
/** What a thread's sleep timer holds until it gets its real callback (no allocation per thread). */
const NO_CALLBACK = (): void => {};

/** Why a switch was requested from an interrupt handler. */
enum SwitchWanted {
  None,
  /** A woken thread should run before the running one. */
  Urgent,
  /** The running thread's slice is over. */
  Expired,
}

/** The platform capabilities the thread system drives. */
export class ThreadMachine {
  constructor(
    readonly interrupts: Interrupts,
    readonly preemption: Preemption,
    readonly contexts: ThreadContexts,
    readonly guards: GuardPages,
  ) {}
}

export class ThreadSystem {
  private running: Thread;
  private readonly idle: Thread;
  private readonly bySlot: (Thread | null)[] = [];
  private readonly zombies: ThreadQueue = new ThreadQueue();
  readonly timers: TimerQueue = new TimerQueue();
  private nextId: u32 = 0;
  private wanted: SwitchWanted = SwitchWanted.None;
  private readonly interrupts: Interrupts;
  private readonly preemption: Preemption;
  /** Timer interrupts taken, thread switches made, halts of the idle thread. */
  ticks: number = 0;
  switches: number = 0;
  idleHalts: number = 0;

  constructor(
    private machine: ThreadMachine,
    private heap: Allocator,
    readonly clock: MonotonicClock,
    readonly policy: Scheduler,
    /** Stops the kernel with a message (kernel/boot/panic.ts); returns only on the simulator. */
    private panic: (message: string) => void,
  ) {
    this.interrupts = machine.interrupts;
    this.preemption = machine.preemption;
    for (let i: u32 = 0; i < machine.contexts.capacity(); i++) this.bySlot.push(null);
    this.running = this.adoptBootThread();
    this.idle = this.createIdleThread();
    this.preemption.setSwitchHook(() => this.switchDueIsr());
  }

  /** The thread running now. */
  current(): Thread {
    return this.running;
  }

  /** The idle thread: it runs (and halts the CPU) when no other thread is runnable. */
  idleThread(): Thread {
    return this.idle;
  }

  /** Live threads, the idle thread excluded. */
  threadCount(): u32 {
    let count: u32 = 0;
    for (const t of this.bySlot) if (t !== null && t !== this.idle && t.state !== ThreadState.Dead) count++;
    return count;
  }

  /**
   * Creates a thread that runs `body`, then ends; it is runnable at once and runs first if the
   * policy says so. Null when there is no free slot or no memory for its stack.
   */
  spawn(name: string, body: () => void, priority: i32 = PRIORITY_DEFAULT, stackBytes: u32 = DEFAULT_STACK_BYTES): Thread | null {
    this.reapZombies();
    const t = this.create(name, body, clampPriority(priority), stackBytes);
    if (t === null) return null;
    const on = this.interrupts.disable();
    t.state = ThreadState.Ready;
    this.policy.enqueue(t, Readiness.Started);
    if (this.policy.preempts(t, this.running)) this.preemptRunning();
    this.interrupts.restore(on);
    return t;
  }

  /** Lets another runnable thread run first, if there is one. */
  yield(): void {
    const on = this.interrupts.disable();
    if (this.running !== this.idle && this.policy.hasRunnable()) {
      this.running.state = ThreadState.Ready;
      this.policy.enqueue(this.running, Readiness.Yielded);
      this.reschedule();
    }
    this.interrupts.restore(on);
  }

  /** Sleeps until the monotonic clock reaches `deadline` (nanoseconds); wakes at the first tick after. */
  sleepUntil(deadline: number): void {
    const on = this.interrupts.disable();
    const t = this.running;
    if (deadline > this.clock.nanoseconds()) {
      this.timers.insert(t.sleepTimer, deadline);
      this.block(null, ThreadState.Sleeping);
    }
    this.interrupts.restore(on);
  }

  sleep(nanoseconds: number): void {
    this.sleepUntil(this.clock.nanoseconds() + nanoseconds);
  }

  /** Waits until `t` has ended. */
  join(t: Thread): void {
    if (t === this.running) {
      this.panic(`thread '${t.name}' tried to join itself`);
      return;
    }
    const on = this.interrupts.disable();
    if (t.state !== ThreadState.Dead) this.block(t.joiners, ThreadState.Blocked);
    this.interrupts.restore(on);
    this.reapZombies();
  }

  /** Ends the running thread: joiners wake, the stack is freed later by spawn or join. */
  exit(): void {
    const t = this.running;
    if (t.slot === BOOT_SLOT || t === this.idle) {
      this.panic(`thread '${t.name}' cannot exit: main returns from the app instead`);
      return;
    }
    this.interrupts.disable();
    t.state = ThreadState.Dead;
    for (let j = t.joiners.pop(); j !== null; j = t.joiners.pop()) this.makeReady(j);
    this.zombies.push(t);
    this.reschedule(); // never returns on metal: nothing switches back to a dead thread
  }

  /** The timer interrupt: time, timers and sleepers, and the running thread's slice. */
  tickIsr(): void {
    this.ticks++;
    this.timers.expireIsr(this.clock.nanoseconds());
    const t = this.running;
    if (t !== this.idle && this.policy.tickIsr(t)) this.requestSwitchIsr(SwitchWanted.Expired);
  }

  /** Arms `timer` to run its callback (in interrupt context) at `deadline`. */
  startTimer(timer: Timer, deadline: number): void {
    const on = this.interrupts.disable();
    this.timers.insert(timer, deadline);
    this.interrupts.restore(on);
  }

  /** Disarms `timer`; whether it had not fired yet. */
  cancelTimer(timer: Timer): boolean {
    const on = this.interrupts.disable();
    const removed = this.timers.remove(timer);
    this.interrupts.restore(on);
    return removed;
  }

  /** Stops the kernel with `message` (misuse of a primitive, a deadlock). */
  fail(message: string): void {
    this.panic(message);
  }

  // ---- for wait queues (sync.ts): call with interrupts disabled ------------------------------

  /** Disables interrupts for a wait-queue operation; pass the result to leaveCritical. */
  enterCritical(): boolean {
    return this.interrupts.disable();
  }

  leaveCritical(enabled: boolean): void {
    this.interrupts.restore(enabled);
  }

  /** Blocks the running thread in `queue` until wake() takes it out. */
  wait(queue: ThreadQueue): void {
    this.block(queue, ThreadState.Blocked);
  }

  /**
   * Makes a blocked thread runnable (already taken out of its queue by the caller). From a
   * thread it runs at once if the policy says it should; from an interrupt handler the switch
   * happens when the handler ends.
   */
  wake(t: Thread): void {
    if (!this.makeReady(t)) return;
    if (this.interrupts.inHandler()) this.requestSwitchIsr(SwitchWanted.Urgent);
    else this.preemptRunning();
  }

  // ---- internals -----------------------------------------------------------------------------

  private adoptBootThread(): Thread {
    const main = new Thread(this.nextId++, "main", BOOT_SLOT, PRIORITY_DEFAULT, () => {}, null, new Timer(NO_CALLBACK));
    main.sleepTimer.callbackIsr = () => this.wakeSleeperIsr(main);
    main.state = ThreadState.Running;
    this.bySlot[BOOT_SLOT] = main;
    return main;
  }

  private createIdleThread(): Thread {
    const idle = this.create("idle", () => this.idleLoop(), PRIORITY_LOWEST, MIN_STACK_BYTES);
    if (idle === null) {
      this.panic("no memory for the idle thread's stack");
      return this.running;
    }
    return idle;
  }

  /** A thread in a free slot with its stack, not yet runnable. */
  private create(name: string, body: () => void, priority: i32, stackBytes: u32): Thread | null {
    const slot = this.freeSlot();
    if (slot < 0) return null;
    const stack = this.allocateStack(Math.max(stackBytes, MIN_STACK_BYTES));
    if (stack === null) return null;
    const t = new Thread(this.nextId++, name, slot, priority, body, stack, new Timer(NO_CALLBACK));
    t.sleepTimer.callbackIsr = () => this.wakeSleeperIsr(t);
    this.bySlot[slot] = t;
    this.machine.contexts.prepare(slot, stack.base, stack.top, () => this.run(t), name);
    return t;
  }

  private wakeSleeperIsr(t: Thread): void {
    if (t.state === ThreadState.Sleeping) this.wake(t);
  }

  private run(t: Thread): void {
    t.body();
    this.exit();
  }

  private idleLoop(): void {
    for (;;) {
      this.interrupts.disable();
      if (this.policy.hasRunnable()) this.reschedule();
      else {
        this.idleHalts++;
        this.interrupts.waitForInterrupt();
      }
      this.interrupts.restore(true);
    }
  }

  private freeSlot(): i32 {
    for (let i = 1; i < this.bySlot.length; i++) if (this.bySlot[i] === null) return i;
    return -1;
  }

  /** Guard page, then the stack, from the kernel heap; the heap is not reentrant. */
  private allocateStack(bytes: u32): ThreadStack | null {
    const size = Math.ceil(bytes / PAGE_SIZE) * PAGE_SIZE;
    this.preemption.disable();
    const region = this.heap.allocate(size + GUARD_BYTES, PAGE_SIZE);
    const guarded = region !== 0 && this.protectGuardPage(region);
    this.preemption.enable();
    if (region === 0) return null;
    return new ThreadStack(region, region + GUARD_BYTES, region + GUARD_BYTES + size, guarded);
  }

  private protectGuardPage(address: number): boolean {
    const guards = this.machine.guards;
    let table = 0;
    if (guards.needsTable(address)) {
      table = this.heap.allocate(PAGE_SIZE, PAGE_SIZE);
      if (table === 0) return false;
    }
    if (!guards.protect(address, table) && table !== 0) this.heap.free(table);
    return true;
  }

  private freeStack(stack: ThreadStack): void {
    this.preemption.disable();
    if (stack.guarded) this.machine.guards.unprotect(stack.region);
    this.heap.free(stack.region);
    this.preemption.enable();
  }

  /** Frees the stacks and slots of ended threads: they have switched away for good. */
  private reapZombies(): void {
    for (;;) {
      const on = this.interrupts.disable();
      const t = this.zombies.pop();
      this.interrupts.restore(on);
      if (t === null) return;
      if (t.stack !== null) this.freeStack(t.stack);
      this.machine.contexts.release(t.slot);
      this.bySlot[t.slot] = null;
    }
  }

  /** With interrupts disabled: the running thread stops running (it is queued, blocked or dead). */
  private reschedule(): void {
    const next = this.policy.pickNext();
    this.switchTo(next === null ? this.idle : next);
  }

  private switchTo(next: Thread): void {
    const previous = this.running;
    next.state = ThreadState.Running;
    if (next === previous) return;
    this.policy.dispatched(next);
    next.runs++;
    this.running = next;
    this.switches++;
    this.machine.contexts.switchTo(previous.slot, next.slot);
  }

  private block(queue: ThreadQueue | null, state: ThreadState): void {
    const t = this.running;
    if (t === this.idle || this.preemption.depth() !== 0) {
      this.panic(`thread '${t.name}' tried to block ${t === this.idle ? "in the idle thread" : "with preemption disabled"}`);
      return;
    }
    t.state = state;
    if (queue !== null) queue.push(t);
    this.reschedule();
  }

  /** Queues a woken thread; whether it should run before the running one. */
  private makeReady(t: Thread): boolean {
    if (t.state === ThreadState.Sleeping) this.timers.remove(t.sleepTimer);
    t.state = ThreadState.Ready;
    this.policy.enqueue(t, Readiness.Woken);
    return this.running === this.idle || this.policy.preempts(t, this.running);
  }

  /** In thread context: the running thread steps aside for a more urgent one, now if allowed. */
  private preemptRunning(): void {
    if (this.preemption.depth() !== 0) {
      this.requestSwitchIsr(SwitchWanted.Urgent);
      return;
    }
    const t = this.running;
    if (t !== this.idle) {
      t.state = ThreadState.Ready;
      this.policy.enqueue(t, Readiness.Preempted);
    }
    this.reschedule();
  }

  private requestSwitchIsr(why: SwitchWanted): void {
    if (why > this.wanted) this.wanted = why;
    this.preemption.requestIsr();
  }

  /** The platform's switch hook: a requested switch is due (interrupts are disabled). */
  private switchDueIsr(): void {
    const why = this.wanted;
    this.wanted = SwitchWanted.None;
    const t = this.running;
    if (t === this.idle) {
      if (this.policy.hasRunnable()) this.reschedule();
      return;
    }
    if (why === SwitchWanted.None || t.state !== ThreadState.Running || !this.policy.hasRunnable()) return;
    t.state = ThreadState.Ready;
    this.policy.enqueue(t, why === SwitchWanted.Expired ? Readiness.Expired : Readiness.Preempted);
    this.reschedule();
  }
}

function clampPriority(priority: i32): i32 {
  return Math.max(PRIORITY_LOWEST, Math.min(PRIORITY_HIGHEST, priority | 0));
}

let active: ThreadSystem | null = null;

/** The thread system kmain started, or null before (and in tests that start none). */
export function activeThreads(): ThreadSystem | null {
  return active;
}

export function setActiveThreads(system: ThreadSystem | null): void {
  active = system;
}

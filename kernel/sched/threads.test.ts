// The thread system on the simulated PC, with the real interrupt path: the 8254's counter 0
// raises IRQ 0 on the simulated 8259s, the IRQ lines dispatch to the tick, a requested switch
// happens at the end of the interrupt. Node cannot switch stacks, so the simulated contexts only
// record each switch and the test then plays whichever thread the scheduler picked: after
// `yield()` returns, the code that follows acts as the thread now running.

import { afterEach, describe, expect, test } from "vitest";
import { createSimPc, SimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { createTlsfAllocator } from "../alloc/tlsf/tlsf";
import { Allocator } from "../alloc/allocator";
import { Platform } from "../platform/platform";
import { MonotonicClock } from "../shim/clock";
import { createCoopScheduler } from "./coop/coop";
import { createPreemptScheduler, SLICE_TICKS } from "./preempt/preempt";
import { SchedulerConstructor } from "./scheduler";
import { startInterrupts, startThreads } from "./start";
import { Condition, Mutex, Semaphore } from "./sync";
import { Thread, ThreadState } from "./thread";
import { activeThreads, setActiveThreads, ThreadSystem } from "./threads";
import { Timer } from "./timers";

const HEAP_BASE = 0x200000;
const HEAP_BYTES = 4 * 1024 * 1024;
const MS = 1e6;

class Booted {
  constructor(
    readonly pc: SimPc,
    readonly platform: Platform,
    readonly threads: ThreadSystem,
    readonly heap: Allocator,
    readonly panics: string[],
  ) {}

  /** Slot numbers of the recorded switches, as "from>to". */
  switches(): string[] {
    return this.pc.machine.contexts.switches.map((s) => `${s.from}>${s.to}`);
  }

  /** Lets simulated time pass in 1 ms steps, taking each timer interrupt as it comes. */
  advance(milliseconds: number): void {
    for (let i = 0; i < milliseconds; i++) {
      this.pc.machine.clock.advance(MS);
      this.pc.machine.deliverInterrupts();
    }
  }

  name(): string {
    return this.threads.current().name;
  }
}

function boot(create: SchedulerConstructor): Booted {
  const pc = createSimPc();
  const platform = createSimPlatform(pc);
  const heap = createTlsfAllocator(platform.memory.view(HEAP_BASE, HEAP_BYTES), HEAP_BASE, () => {});
  const clock = new MonotonicClock(platform.tsc, pc.machine.tscHz / 1e6);
  const panics: string[] = [];
  const irqs = startInterrupts(platform);
  const threads = startThreads(platform, irqs, clock, heap, create, (m) => panics.push(m));
  return new Booted(pc, platform, threads, heap, panics);
}

afterEach(() => setActiveThreads(null));

const SCHEDULERS: [string, SchedulerConstructor][] = [["coop", createCoopScheduler], ["preempt", createPreemptScheduler]];

for (const [name, create] of SCHEDULERS) {
  describe(`thread system (${name})`, () => {
    test("boot: main runs in slot 0, the idle thread waits in slot 1 above a guard page, interrupts are on", () => {
      const b = boot(create);
      expect(b.name()).toBe("main");
      expect(activeThreads()).toBe(b.threads);
      expect(b.pc.machine.contexts.name(1)).toBe("idle");
      expect(b.pc.machine.guards.unmappedCount()).toBe(1);
      expect(b.pc.machine.interruptsEnabled).toBe(true);
      expect(b.threads.threadCount()).toBe(1);
    });

    test("spawn: a slot, a named context and a stack above an unmapped guard page", () => {
      const b = boot(create);
      const t = b.threads.spawn("worker", () => {}, 4, 32 * 1024)!;
      expect(t.slot).toBe(2);
      expect(b.pc.machine.contexts.name(2)).toBe("worker");
      expect(t.stack!.top - t.stack!.base).toBe(32 * 1024);
      expect(t.stack!.guarded).toBe(true);
      expect(b.pc.machine.guards.isUnmapped(t.stack!.region)).toBe(true);
      expect(t.state).toBe(ThreadState.Ready);
      expect(b.switches()).toEqual([]); // same priority as main: no preemption
    });

    test("yield runs the next runnable thread; with none, it returns at once", () => {
      const b = boot(create);
      b.threads.yield();
      expect(b.switches()).toEqual([]);
      b.threads.spawn("a", () => {});
      b.threads.yield();
      expect(b.switches()).toEqual(["0>2"]);
      expect(b.name()).toBe("a");
      b.threads.yield(); // as a
      expect(b.switches()).toEqual(["0>2", "2>0"]);
      expect(b.name()).toBe("main");
    });

    test("a thread's body runs, then it ends: its joiner wakes, the next spawn frees its stack and slot", () => {
      const b = boot(create);
      let ran = false;
      const t = b.threads.spawn("a", () => {
        ran = true;
      })!;
      const stats = b.heap.statistics();
      const live = stats.allocationCount - stats.freeCount;
      b.threads.join(t); // main blocks; a runs
      expect(b.switches()).toEqual(["0>2"]);
      b.pc.machine.contexts.entry(2)!(); // play a from its start: body, then exit
      expect(ran).toBe(true);
      expect(t.state).toBe(ThreadState.Dead);
      expect(b.switches()).toEqual(["0>2", "2>0"]);
      expect(b.name()).toBe("main");
      b.threads.spawn("b", () => {});
      expect(stats.allocationCount - stats.freeCount).toBe(live); // a's stack freed, b's allocated
      expect(b.pc.machine.guards.unmappedCount()).toBe(2); // idle's and b's guard pages; a's was mapped again
      expect(b.panics).toEqual([]);
    });

    test("sleep: the idle thread runs until the first tick after the deadline, then the sleeper", () => {
      const b = boot(create);
      const start = b.threads.clock.nanoseconds();
      b.threads.sleep(3 * MS);
      expect(b.switches()).toEqual(["0>1"]);
      expect(b.name()).toBe("idle");
      b.advance(2);
      expect(b.switches()).toEqual(["0>1"]);
      b.advance(2);
      expect(b.switches()).toEqual(["0>1", "1>0"]);
      expect(b.name()).toBe("main");
      const woke = b.threads.clock.nanoseconds() - start;
      expect(woke).toBeGreaterThanOrEqual(3 * MS);
      expect(woke).toBeLessThan(5 * MS);
    });

    test("timers fire their callback from the tick after the deadline; a cancelled one never", () => {
      const b = boot(create);
      let fired = 0;
      const timer = new Timer(() => fired++);
      const cancelled = new Timer(() => (fired += 100));
      const now = b.threads.clock.nanoseconds();
      b.threads.startTimer(timer, now + 2.5 * MS);
      b.threads.startTimer(cancelled, now + 1.5 * MS);
      expect(b.threads.cancelTimer(cancelled)).toBe(true);
      b.advance(2);
      expect(fired).toBe(0);
      b.advance(1);
      expect(fired).toBe(1);
      expect(b.threads.ticks).toBeGreaterThanOrEqual(3);
    });

    test("a mutex is handed to the thread that waited for it", () => {
      const b = boot(create);
      const m = new Mutex();
      const a = b.threads.spawn("a", () => {})!;
      m.lock();
      b.threads.yield(); // now a
      m.lock(); // a waits: back to main
      expect(a.state).toBe(ThreadState.Blocked);
      expect(b.name()).toBe("main");
      m.unlock(); // main gives it to a
      expect(m.owner()).toBe(a);
      expect(a.state).toBe(ThreadState.Ready);
      b.threads.yield(); // now a, holding m
      expect(b.name()).toBe("a");
      m.unlock();
      expect(m.isLocked()).toBe(false);
      expect(m.contended).toBe(1);
      expect(b.panics).toEqual([]);
    });

    test("a semaphore posted from an interrupt wakes its waiter at the end of that interrupt", () => {
      const b = boot(create);
      const s = new Semaphore(0);
      b.threads.startTimer(new Timer(() => s.postIsr()), b.threads.clock.nanoseconds() + 2 * MS);
      s.wait(); // main blocks: idle runs
      expect(b.name()).toBe("idle");
      b.advance(3);
      expect(b.name()).toBe("main");
      expect(s.value()).toBe(0); // the unit went to main
      expect(b.switches()).toEqual(["0>1", "1>0"]);
    });

    test("a condition moves its waiter to the mutex, which the signaller's unlock hands over", () => {
      const b = boot(create);
      const m = new Mutex();
      const c = new Condition();
      const main = b.threads.current();
      b.threads.spawn("a", () => {});
      m.lock();
      c.wait(m); // main releases m and waits: a runs
      expect(b.name()).toBe("a");
      expect(m.isLocked()).toBe(false);
      m.lock(); // as a
      c.signal();
      expect(main.state).toBe(ThreadState.Blocked); // still waiting, now for m
      m.unlock();
      expect(m.owner()).toBe(main);
      expect(main.state).toBe(ThreadState.Ready);
      expect(b.panics).toEqual([]);
    });

    test("misuse is reported: blocking with preemption disabled, joining oneself, unlocking another's mutex", () => {
      const b = boot(create);
      b.platform.preemption.disable();
      b.threads.sleep(MS);
      b.platform.preemption.enable();
      b.threads.join(b.threads.current());
      const m = new Mutex();
      m.unlock();
      expect(b.panics).toEqual([
        "thread 'main' tried to block with preemption disabled",
        "thread 'main' tried to join itself",
        "thread 'main' unlocked a mutex it does not hold",
      ]);
    });

    test("spawn answers null when every slot is taken", () => {
      const b = boot(create);
      let made = 0;
      while (b.threads.spawn(`t${made}`, () => {}, 4, 8192) !== null) made++;
      expect(made).toBe(b.platform.contexts.capacity() - 2); // main and idle hold two
    });
  });
}

describe("coop keeps the CPU with the running thread", () => {
  test("ticks wake sleepers but never switch away from a running thread", () => {
    const b = boot(createCoopScheduler);
    b.threads.spawn("other", () => {});
    b.advance(100);
    expect(b.switches()).toEqual([]);
    expect(b.threads.ticks).toBeGreaterThanOrEqual(99);
  });
});

describe("preempt", () => {
  test("a slice ends at a tick and the switch happens at the end of that interrupt", () => {
    const b = boot(createPreemptScheduler);
    b.threads.current().sliceLeft = SLICE_TICKS;
    b.threads.spawn("other", () => {});
    b.advance(SLICE_TICKS - 1);
    expect(b.switches()).toEqual([]);
    b.advance(1);
    expect(b.switches()).toEqual(["0>2"]);
    expect(b.name()).toBe("other");
  });

  test("with preemption disabled the switch waits for the last enable", () => {
    const b = boot(createPreemptScheduler);
    b.threads.current().sliceLeft = SLICE_TICKS;
    b.threads.spawn("other", () => {});
    b.platform.preemption.disable();
    b.platform.preemption.disable();
    b.advance(SLICE_TICKS + 5);
    expect(b.switches()).toEqual([]);
    b.platform.preemption.enable();
    expect(b.switches()).toEqual([]);
    b.platform.preemption.enable();
    expect(b.switches()).toEqual(["0>2"]);
  });

  test("a more important thread runs as soon as it is spawned or woken", () => {
    const b = boot(createPreemptScheduler);
    const urgent = b.threads.spawn("urgent", () => {}, 7)!;
    expect(b.name()).toBe("urgent");
    b.threads.sleep(2 * MS); // urgent sleeps: main again
    expect(b.name()).toBe("main");
    b.advance(3); // urgent wakes in the tick's interrupt and preempts main at its end
    expect(b.threads.current()).toBe(urgent);
    expect(b.switches()).toEqual(["0>2", "2>0", "0>2"]);
  });
});

test("no thread system: primitives fall back to a single thread", () => {
  setActiveThreads(null);
  const m = new Mutex();
  m.lock();
  expect(m.tryLock()).toBe(false);
  m.unlock();
  expect(m.tryLock()).toBe(true);
  const s = new Semaphore(1);
  expect(s.tryWait()).toBe(true);
  expect(s.tryWait()).toBe(false);
  s.post();
  expect(s.value()).toBe(1);
  const t: Thread | null = null;
  expect(t).toBe(null);
});

// What every Scheduler (scheduler.ts) must do, whatever its policy: run against each
// implementation by scheduler.test.ts. The threads are bare Thread objects; nothing runs.

import { describe, expect, test } from "vitest";
import { Readiness, Scheduler, SchedulerConstructor } from "./scheduler";
import { PRIORITY_DEFAULT, Thread } from "./thread";
import { Timer } from "./timers";

let nextId = 1;

/** A thread as the policy sees it; it never runs. */
export function fakeThread(name: string, priority: number = PRIORITY_DEFAULT): Thread {
  const id = nextId++;
  return new Thread(id, name, id, priority, () => {}, null, new Timer(() => {}));
}

export function drain(s: Scheduler): string[] {
  const names: string[] = [];
  for (let t = s.pickNext(); t !== null; t = s.pickNext()) names.push(t.name);
  return names;
}

export function schedulerSuite(name: string, create: SchedulerConstructor): void {
  describe(`scheduler ${name}`, () => {
    test("is named as yao.json selects it", () => {
      expect(create().name).toBe(name);
    });

    test("an empty queue has nothing to run", () => {
      const s = create();
      expect(s.hasRunnable()).toBe(false);
      expect(s.pickNext()).toBe(null);
    });

    test("threads of one priority run in the order they became runnable", () => {
      const s = create();
      for (const n of ["a", "b", "c"]) s.enqueue(fakeThread(n), Readiness.Started);
      expect(s.hasRunnable()).toBe(true);
      expect(drain(s)).toEqual(["a", "b", "c"]);
      expect(s.hasRunnable()).toBe(false);
    });

    test("a thread that yields goes behind the others", () => {
      const s = create();
      const a = fakeThread("a");
      s.enqueue(a, Readiness.Started);
      s.enqueue(fakeThread("b"), Readiness.Started);
      const first = s.pickNext()!;
      s.dispatched(first);
      s.enqueue(first, Readiness.Yielded);
      expect(drain(s)).toEqual(["b", "a"]);
    });

    test("no thread is lost or returned twice, whatever the mix of reasons", () => {
      const s = create();
      const threads: Thread[] = [];
      for (let i = 0; i < 40; i++) threads.push(fakeThread(`t${i}`, i % 8));
      const reasons = [Readiness.Started, Readiness.Woken, Readiness.Yielded, Readiness.Preempted, Readiness.Expired];
      threads.forEach((t, i) => s.enqueue(t, reasons[i % reasons.length]));
      const seen = drain(s);
      expect(seen.length).toBe(40);
      expect(new Set(seen).size).toBe(40);
    });

    test("a tick with nobody waiting never asks for a switch", () => {
      const s = create();
      const running = fakeThread("alone");
      s.enqueue(running, Readiness.Started);
      s.dispatched(s.pickNext()!);
      for (let i = 0; i < 1000; i++) expect(s.tickIsr(running)).toBe(false);
    });

    test("a busy thread cannot keep others waiting for ever once it yields", () => {
      const s = create();
      const busy = fakeThread("busy", 7);
      const other = fakeThread("other", 0);
      s.enqueue(other, Readiness.Started);
      s.dispatched(busy);
      s.enqueue(busy, Readiness.Yielded);
      expect(drain(s)).toContain("other");
    });
  });
}

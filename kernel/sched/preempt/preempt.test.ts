// The preemptive policy's own promises: priorities, time slices, demotion of busy threads, and
// that nobody starves behind a thread that never blocks.
import { expect, test } from "vitest";
import { Readiness, Scheduler } from "../scheduler";
import { drain, fakeThread } from "../scheduler.suite";
import { Thread } from "../thread";
import { createPreemptScheduler, SLICE_TICKS } from "./preempt";

/** Runs the policy like the thread system does for `ticks` timer ticks; returns who ran each tick. */
function simulate(s: Scheduler, first: Thread, ticks: number): string[] {
  let running = first;
  s.dispatched(running);
  const ran: string[] = [];
  for (let i = 0; i < ticks; i++) {
    ran.push(running.name);
    if (s.tickIsr(running)) {
      s.enqueue(running, Readiness.Expired);
      running = s.pickNext()!;
      s.dispatched(running);
    }
  }
  return ran;
}

test("the highest priority runs first, round robin within a priority", () => {
  const s = createPreemptScheduler();
  s.enqueue(fakeThread("low", 1), Readiness.Started);
  s.enqueue(fakeThread("high-a", 6), Readiness.Started);
  s.enqueue(fakeThread("mid", 4), Readiness.Started);
  s.enqueue(fakeThread("high-b", 6), Readiness.Started);
  expect(drain(s)).toEqual(["high-a", "high-b", "mid", "low"]);
});

test("a woken thread above the running one's level preempts it; an equal one does not", () => {
  const s = createPreemptScheduler();
  const running = fakeThread("running", 4);
  const higher = fakeThread("higher", 5);
  const equal = fakeThread("equal", 4);
  s.enqueue(higher, Readiness.Woken);
  s.enqueue(equal, Readiness.Woken);
  expect(s.preempts(higher, running)).toBe(true);
  expect(s.preempts(equal, running)).toBe(false);
});

test("a slice is SLICE_TICKS ticks; then an equal thread gets the CPU", () => {
  const s = createPreemptScheduler();
  const a = fakeThread("a", 0);
  const b = fakeThread("b", 0);
  s.enqueue(b, Readiness.Started);
  const ran = simulate(s, a, 3 * SLICE_TICKS);
  expect(ran.slice(0, SLICE_TICKS).every((n) => n === "a")).toBe(true);
  expect(ran.slice(SLICE_TICKS, 2 * SLICE_TICKS).every((n) => n === "b")).toBe(true);
  expect(ran.slice(2 * SLICE_TICKS).every((n) => n === "a")).toBe(true);
});

test("a thread that uses whole slices sinks one level per slice, to level 0", () => {
  const s = createPreemptScheduler();
  const busy = fakeThread("busy", 7);
  simulate(s, busy, SLICE_TICKS * 3);
  expect(busy.effectivePriority).toBe(4);
  simulate(s, busy, SLICE_TICKS * 10);
  expect(busy.effectivePriority).toBe(0);
});

test("nobody starves behind a busy high-priority thread: it sinks and then shares level 0", () => {
  const s = createPreemptScheduler();
  const busy = fakeThread("busy", 7);
  const low = fakeThread("low", 0);
  s.enqueue(low, Readiness.Started);
  const ran = simulate(s, busy, 8 * SLICE_TICKS + 4 * SLICE_TICKS);
  const firstLow = ran.indexOf("low");
  expect(firstLow).toBeGreaterThan(0);
  expect(firstLow).toBeLessThanOrEqual(8 * SLICE_TICKS); // busy needs 7 demotions to reach level 0
  const tail = ran.slice(firstLow);
  expect(tail.filter((n) => n === "low").length).toBeGreaterThanOrEqual(tail.length / 2 - SLICE_TICKS); // then round robin
});

test("waking restores the thread's own priority and a full slice", () => {
  const s = createPreemptScheduler();
  const t = fakeThread("t", 6);
  simulate(s, t, SLICE_TICKS * 4);
  expect(t.effectivePriority).toBeLessThan(6);
  s.enqueue(t, Readiness.Woken);
  expect(t.effectivePriority).toBe(6);
  expect(t.sliceLeft).toBe(SLICE_TICKS);
});

test("a preempted thread keeps the rest of its slice and runs first at its level", () => {
  const s = createPreemptScheduler();
  const a = fakeThread("a", 3);
  const b = fakeThread("b", 3);
  s.enqueue(b, Readiness.Started);
  s.dispatched(a);
  s.tickIsr(a);
  s.tickIsr(a);
  s.enqueue(a, Readiness.Preempted);
  expect(a.sliceLeft).toBe(SLICE_TICKS - 2);
  expect(drain(s)).toEqual(["a", "b"]);
});

// The cooperative policy's own promises, beyond the shared suite: no preemption, ever, and no
// priorities.
import { expect, test } from "vitest";
import { Readiness } from "../scheduler";
import { drain, fakeThread } from "../scheduler.suite";
import { createCoopScheduler } from "./coop";

test("a running thread is never preempted: not by ticks, not by a more important thread", () => {
  const s = createCoopScheduler();
  const running = fakeThread("running", 0);
  const urgent = fakeThread("urgent", 7);
  s.enqueue(urgent, Readiness.Woken);
  expect(s.preempts(urgent, running)).toBe(false);
  for (let i = 0; i < 10000; i++) expect(s.tickIsr(running)).toBe(false);
});

test("priorities are ignored: first come, first served", () => {
  const s = createCoopScheduler();
  s.enqueue(fakeThread("low", 0), Readiness.Started);
  s.enqueue(fakeThread("high", 7), Readiness.Started);
  s.enqueue(fakeThread("mid", 4), Readiness.Woken);
  expect(drain(s)).toEqual(["low", "high", "mid"]);
});

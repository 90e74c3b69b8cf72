import { expect, test } from "vitest";
import { Timer, TimerQueue } from "./timers";

function recorder(log: string[], name: string): Timer {
  return new Timer(() => log.push(name));
}

test("timers fire in deadline order, equal deadlines in arming order, only once due", () => {
  const q = new TimerQueue();
  const log: string[] = [];
  q.insert(recorder(log, "c"), 30);
  q.insert(recorder(log, "a"), 10);
  q.insert(recorder(log, "b1"), 20);
  q.insert(recorder(log, "b2"), 20);
  expect(q.nextDeadline()).toBe(10);
  expect(q.expireIsr(9)).toBe(0);
  expect(q.expireIsr(20)).toBe(3);
  expect(log).toEqual(["a", "b1", "b2"]);
  expect(q.expireIsr(100)).toBe(1);
  expect(q.nextDeadline()).toBe(-1);
  expect(q.fired).toBe(4);
});

test("removing and re-arming", () => {
  const q = new TimerQueue();
  const log: string[] = [];
  const a = recorder(log, "a");
  const b = recorder(log, "b");
  q.insert(a, 10);
  q.insert(b, 20);
  expect(q.remove(a)).toBe(true);
  expect(q.remove(a)).toBe(false);
  q.insert(b, 5); // re-arming moves it
  q.insert(a, 7);
  q.expireIsr(50);
  expect(log).toEqual(["b", "a"]);
  expect(a.armed || b.armed).toBe(false);
});

test("a callback may re-arm its own timer for a later deadline", () => {
  const q = new TimerQueue();
  let count = 0;
  const periodic: Timer = new Timer(() => {
    count++;
    if (count < 3) q.insert(periodic, periodic.deadline + 10);
  });
  q.insert(periodic, 10);
  q.expireIsr(15);
  q.expireIsr(25);
  q.expireIsr(1000);
  expect(count).toBe(3);
});

// threads: yao's thread API in one small program. A producer and two consumers share a bounded
// queue under a Mutex and two Conditions; a Semaphore counts finished consumers; a sleeper shows
// nanosleep; a timer callback fires from the timer interrupt. The scheduler is chosen in
// yao.json ("coop" or "preempt"); the output is the same under both.

import { clock_gettime, CLOCK_MONOTONIC, CLOCK_REALTIME } from "../../kernel/shim/shim";
import { print } from "../../kernel/shim/print";
import { Condition, join, Mutex, Semaphore, sleepMilliseconds, spawn, startTimer } from "../../kernel/shim/threads";

const CAPACITY: i32 = 4;
const ITEMS: i32 = 20;

/** A bounded queue of numbers shared by producer and consumers. */
class Channel {
  private items: number[] = [];
  private closed: boolean = false;
  private lock: Mutex = new Mutex();
  private notEmpty: Condition = new Condition();
  private notFull: Condition = new Condition();

  put(value: number): void {
    this.lock.lock();
    while (this.items.length >= CAPACITY) this.notFull.wait(this.lock);
    this.items.push(value);
    this.notEmpty.signal();
    this.lock.unlock();
  }

  /** The next value, or -1 once the channel is closed and empty. */
  take(): number {
    this.lock.lock();
    while (this.items.length === 0 && !this.closed) this.notEmpty.wait(this.lock);
    let value = -1;
    if (this.items.length > 0) {
      value = this.items[0];
      const rest: number[] = [];
      for (let i = 1; i < this.items.length; i++) rest.push(this.items[i]);
      this.items = rest;
      this.notFull.signal();
    }
    this.lock.unlock();
    return value;
  }

  close(): void {
    this.lock.lock();
    this.closed = true;
    this.notEmpty.broadcast();
    this.lock.unlock();
  }
}

export function main(argv: string[]): i32 {
  const channel = new Channel();
  const done = new Semaphore(0);
  const sums: number[] = [0, 0];
  for (let c = 0; c < 2; c++) {
    const index = c;
    spawn(() => {
      for (let v = channel.take(); v >= 0; v = channel.take()) sums[index] += v;
      done.post();
    }, `consumer-${c}`);
  }
  const producer = spawn(() => {
    for (let i = 1; i <= ITEMS; i++) channel.put(i);
    channel.close();
  }, "producer");

  let fired = 0;
  startTimer(5e6, () => {
    fired++; // interrupt context: no allocation, no printing
  });
  const started = clock_gettime(CLOCK_MONOTONIC);
  const sleeper = spawn(() => sleepMilliseconds(20), "sleeper");

  join(producer);
  done.wait();
  done.wait();
  join(sleeper);
  const slept = (clock_gettime(CLOCK_MONOTONIC) - started) / 1e6;
  print(`sum ${sums[0] + sums[1]} (expected ${(ITEMS * (ITEMS + 1)) / 2})`);
  print(`sleeper joined after at least 20 ms: ${slept >= 20 ? "yes" : "no"}`);
  print(`timer fired: ${fired}`);
  const year = 1970 + Math.floor(clock_gettime(CLOCK_REALTIME) / 1e9 / 31556952);
  print(`wall clock year: ${year > 2020 ? "plausible" : "implausible"}`);
  return 0;
}

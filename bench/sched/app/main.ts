// The in-kernel half of the scheduler benchmark (bench/sched/run.ts boots it in QEMU): thread
// switch, semaphore ping-pong, thread creation and interrupt latency, measured with the TSC and
// printed as `bench <name> <value> <unit>` lines. Under QEMU's TCG the TSC follows host time,
// so the cycles are emulated-machine cycles, not a real CPU's.

import { rdtsc } from "../../../arch/x86_64/cpu";
import { schedulerDevices } from "../../../kernel/sched/start";
import { activeThreads } from "../../../kernel/sched/threads";
import { clock_gettime, CLOCK_MONOTONIC, nanosleep, sched_yield } from "../../../kernel/shim/shim";
import { print } from "../../../kernel/shim/print";
import { join, Semaphore, spawn, Thread, Timer } from "../../../kernel/shim/threads";

const SWITCH_ROUNDS: i32 = 20000;
const PINGPONG_ROUNDS: i32 = 10000;
const SPAWNS: i32 = 500;
const TICK_SAMPLES: i32 = 400;
const SLEEP_SAMPLES: i32 = 100;

function report(name: string, value: number, unit: string): void {
  print(`bench ${name} ${Math.round(value * 10) / 10} ${unit}`);
}

/** Two threads that only yield to each other: every yield is one switch. */
function yieldSwitch(): void {
  const go = new Semaphore(0);
  const body = (): void => {
    go.wait();
    for (let i = 0; i < SWITCH_ROUNDS; i++) sched_yield();
  };
  const a = spawn(body, "yield-a");
  const b = spawn(body, "yield-b");
  sleepUntilBothWait();
  const threads = activeThreads()!;
  const switches = threads.switches;
  const start = rdtsc();
  go.post();
  go.post();
  join(a);
  join(b);
  const cycles = rdtsc() - start;
  report("switch_yield_cycles", cycles / (threads.switches - switches), "cycles/switch");
}

/** A token passed through two semaphores: each pass wakes the other thread and switches. */
function semaphorePingPong(): void {
  const go = new Semaphore(0);
  const ping = new Semaphore(0);
  const pong = new Semaphore(0);
  const a = spawn(() => {
    go.wait();
    for (let i = 0; i < PINGPONG_ROUNDS; i++) {
      ping.post();
      pong.wait();
    }
  }, "ping");
  const b = spawn(() => {
    for (let i = 0; i < PINGPONG_ROUNDS; i++) {
      ping.wait();
      pong.post();
    }
  }, "pong");
  sleepUntilBothWait();
  const start = rdtsc();
  go.post();
  join(a);
  join(b);
  report("pingpong_semaphore_cycles", (rdtsc() - start) / PINGPONG_ROUNDS, "cycles/round-trip");
}

/** Lets freshly spawned threads run up to their first wait, whatever the scheduler. */
function sleepUntilBothWait(): void {
  nanosleep(2e6);
}

/** A thread's whole life, one at a time: spawn (stack, guard page, context), run, exit, join. */
function creation(): void {
  let ran = 0;
  const start = rdtsc();
  for (let i = 0; i < SPAWNS; i++) {
    join(spawn(() => {
      ran++;
    }, "empty", 4, 16 * 1024));
  }
  report("create_join_cycles", (rdtsc() - start) / SPAWNS, "cycles/thread");
  report("spawned_and_ran", ran, "threads");
}

/** The spawn call alone, for threads that wait on a semaphore before doing anything. */
function spawnOnly(): void {
  const go = new Semaphore(0);
  const threads: Thread[] = [];
  const start = rdtsc();
  for (let i = 0; i < SPAWNS / 5; i++) threads.push(spawn(() => go.wait(), "waiter", 4, 16 * 1024));
  report("spawn_cycles", (rdtsc() - start) / (SPAWNS / 5), "cycles/thread");
  for (let i = 0; i < threads.length; i++) go.post();
  for (const t of threads) join(t);
}

/** How long after the PIT's edge the tick's timer callback runs, read from the PIT's own count. */
function tickLatency(): void {
  const devices = schedulerDevices()!;
  const threads = devices.threads;
  const samples = new Float64Array(TICK_SAMPLES);
  let taken = 0;
  const timers: Timer[] = [];
  const sample = (): void => {
    if (taken < TICK_SAMPLES) samples[taken++] = devices.timer.sinceTickNanosecondsIsr();
    if (taken < TICK_SAMPLES) threads.startTimer(timers[0], threads.clock.nanoseconds()); // again at the next tick
  };
  timers.push(new Timer(sample));
  threads.startTimer(timers[0], threads.clock.nanoseconds());
  while (taken < TICK_SAMPLES) nanosleep(5e6);
  sortAscending(samples);
  report("irq_to_callback_median_ns", samples[TICK_SAMPLES / 2], "ns");
  report("irq_to_callback_p99_ns", samples[Math.floor(TICK_SAMPLES * 0.99)], "ns");
  report("ticks_taken", threads.ticks, "ticks");
}

/** How late a sleeping thread runs after its deadline (tick granularity + interrupt + switch). */
function wakeLatency(): void {
  const late = new Float64Array(SLEEP_SAMPLES);
  for (let i = 0; i < SLEEP_SAMPLES; i++) {
    const deadline = clock_gettime(CLOCK_MONOTONIC) + 1e6 + (i % 7) * 137000;
    nanosleep(deadline - clock_gettime(CLOCK_MONOTONIC));
    late[i] = clock_gettime(CLOCK_MONOTONIC) - deadline;
  }
  sortAscending(late);
  report("sleep_late_median_ns", late[SLEEP_SAMPLES / 2], "ns");
  report("sleep_late_p99_ns", late[Math.floor(SLEEP_SAMPLES * 0.99)], "ns");
}

class Probe {
  constructor(readonly value: number) {}
}

/** One small object from the compiled runtime's heap: the unit that thread creation pays ~8 of. */
function objectAllocation(): void {
  const kept: Probe[] = [];
  const start = rdtsc();
  for (let i = 0; i < 200; i++) kept.push(new Probe(i));
  report("object_allocation_cycles", (rdtsc() - start) / 200, "cycles/object");
}

function sortAscending(values: Float64Array): void {
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

export function main(argv: string[]): i32 {
  const threads = activeThreads()!;
  report("tsc_mhz", threads.clock.ticksPerMicrosecond, "MHz");
  print(`bench scheduler ${threads.policy.name}`);
  yieldSwitch();
  semaphorePingPong();
  creation();
  spawnOnly();
  objectAllocation();
  tickLatency();
  wakeLatency();
  return 0;
}

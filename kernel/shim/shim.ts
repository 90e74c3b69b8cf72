// The syscall shim: POSIX-style calls an application makes as plain function calls, no trap and
// no mode switch. kmain binds the devices behind them once (bindShim) before calling the app's
// main; apps import write/exit/clock_gettime/nanosleep/sched_yield from here, print from
// kernel/shim/print.ts and threads from kernel/shim/threads.ts. Errors come back as negated
// errno values (kernel/shim/errno.ts), as from Linux system calls.

import { Power, SerialConsole } from "../platform/platform";
import { Mutex } from "../sched/sync";
import { activeThreads } from "../sched/threads";
import { MonotonicClock, WallClock } from "./clock";
import { EBADF, EINVAL, ENODEV } from "./errno";

export const STDOUT_FILENO: i32 = 1;
export const STDERR_FILENO: i32 = 2;

/** Clock ids, Linux's values (include/uapi/linux/time.h). */
export const CLOCK_REALTIME: i32 = 0;
export const CLOCK_MONOTONIC: i32 = 1;
export const CLOCK_MONOTONIC_RAW: i32 = 4;
export const CLOCK_BOOTTIME: i32 = 7;

/** What the calls reach: set once by kmain. */
export class ShimServices {
  constructor(
    readonly console: SerialConsole,
    readonly power: Power,
    readonly clock: MonotonicClock,
    /** UTC from the CMOS RTC; null when it could not be read. */
    readonly wallClock: WallClock | null = null,
  ) {}
}

let services: ShimServices | null = null;
/** Whole writes do not interleave between threads. */
const consoleLock: Mutex = new Mutex();

/** Binds the calls to devices; null unbinds them (tests do, between machines). */
export function bindShim(bound: ShimServices | null): void {
  services = bound;
}

/** Writes buf to fd 1 or 2 (both the console); the byte count, or -EBADF / -ENODEV. */
export function write(fd: i32, buf: Uint8Array): i32 {
  const bound = services;
  if (bound === null) return -ENODEV;
  if (fd !== STDOUT_FILENO && fd !== STDERR_FILENO) return -EBADF;
  consoleLock.lock();
  bound.console.write(buf);
  consoleLock.unlock();
  return buf.length;
}

/**
 * Ends the program with `status` after the console has drained: 0 powers off, 1..126 reach
 * QEMU's host as that status, 127 means panic. Does not return on metal; it returns when nothing
 * is bound yet (there is nothing to stop) and on the simulator, which records the status.
 */
export function exit(status: i32): void {
  const bound = services;
  if (bound === null) return;
  bound.console.flush();
  bound.power.exit(status);
}

/**
 * The time on `clock` in nanoseconds, or -EINVAL. The monotonic clocks count from the image's
 * first instruction (boot and monotonic time are the same: yao never suspends). CLOCK_REALTIME
 * is UTC since 1970 from the CMOS RTC read at boot (to the second), carried on by the TSC;
 * -EINVAL when no RTC answered.
 */
export function clock_gettime(clock: i32): number {
  const bound = services;
  if (bound === null) return -ENODEV;
  if (clock === CLOCK_MONOTONIC || clock === CLOCK_MONOTONIC_RAW || clock === CLOCK_BOOTTIME) {
    return bound.clock.nanoseconds();
  }
  if (clock === CLOCK_REALTIME && bound.wallClock !== null) return bound.wallClock.nanoseconds();
  return -EINVAL;
}

/**
 * Suspends the calling thread for at least `nanoseconds` (it wakes at the first timer tick
 * after, within about a millisecond); 0, or -EINVAL for a negative or non-finite time. Other
 * threads run meanwhile; before threads exist it waits on the clock.
 */
export function nanosleep(nanoseconds: number): i32 {
  const bound = services;
  if (bound === null) return -ENODEV;
  if (!(nanoseconds >= 0) || nanoseconds === Infinity) return -EINVAL;
  const deadline = bound.clock.nanoseconds() + nanoseconds;
  const threads = activeThreads();
  if (threads !== null) threads.sleepUntil(deadline);
  else while (bound.clock.nanoseconds() < deadline) {}
  return 0;
}

/** Lets other runnable threads run first (under either scheduler); always 0. */
export function sched_yield(): i32 {
  const threads = activeThreads();
  if (threads !== null) threads.yield();
  return 0;
}

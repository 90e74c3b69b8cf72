// The boot steps that bring up interrupts, the system tick and the thread system, called by kmain
// (kernel/boot/kmain.ts) one line each: startInterrupts remaps the 8259 pair and routes its lines
// to TypeScript (kernel/drivers/irq-lines.ts); startThreads builds the thread system over the
// selected scheduler, attaches the tick to the PIT's IRQ 0 and turns interrupts on. From then on
// the code that called kmain runs as the thread "main".

import { Allocator } from "../alloc/allocator";
import { IrqLines } from "../drivers/irq-lines";
import { Pic8259 } from "../drivers/i8259";
import { PitTimer } from "../drivers/pit-timer";
import { Platform } from "../platform/platform";
import { MonotonicClock } from "../shim/clock";
import { SchedulerConstructor } from "./scheduler";
import { setActiveThreads, ThreadMachine, ThreadSystem } from "./threads";

/** The system tick: 1 kHz, so sleeps end within about a millisecond of their deadline. */
export const TICK_HZ: number = 1000;
/** The PIT's counter 0 drives IRQ 0 on every PC. */
export const TIMER_IRQ: u32 = 0;

/** Everything the thread system runs on, for the benchmark and tests to look at. */
export class SchedulerDevices {
  constructor(
    readonly irqs: IrqLines,
    readonly timer: PitTimer,
    readonly threads: ThreadSystem,
  ) {}
}

let devices: SchedulerDevices | null = null;

/** The started devices, or null before startThreads. */
export function schedulerDevices(): SchedulerDevices | null {
  return devices;
}

/** The 8259 pair remapped to vectors 32-47, every line masked until a driver attaches to it. */
export function startInterrupts(platform: Platform): IrqLines {
  const irqs = new IrqLines(platform.interrupts, new Pic8259(platform.ports));
  irqs.start();
  return irqs;
}

/**
 * The thread system over the scheduler `create` builds, ticking at TICK_HZ; interrupts are on
 * when it returns. `panic` stops the kernel (kernel/boot/panic.ts).
 */
export function startThreads(platform: Platform, irqs: IrqLines, clock: MonotonicClock, heap: Allocator,
  create: SchedulerConstructor, panic: (message: string) => void): ThreadSystem {
  const machine = new ThreadMachine(platform.interrupts, platform.preemption, platform.contexts, platform.guards);
  const threads = new ThreadSystem(machine, heap, clock, create(), panic);
  const timer = new PitTimer(platform.ports);
  timer.startPeriodic(TICK_HZ);
  irqs.attach(TIMER_IRQ, () => threads.tickIsr());
  setActiveThreads(threads);
  devices = new SchedulerDevices(irqs, timer, threads);
  platform.interrupts.restore(true);
  return threads;
}

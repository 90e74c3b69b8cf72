// The kernel's main: the boot sequence, one step per line. The app's main runs as the thread
// "main" on the boot stack; when it returns the machine exits, whatever other threads remain. The generated entry file
// (build/<app>/entry.ts) calls kmain with the x86_64 platform and the app's module selection
// (build/<app>/selection.ts) once arch/x86_64's boot.S and main.c have reached long mode; host
// tests call it with the simulated platform. A step that fails has already panicked (printed the
// reason and exited with status 127); kmain then returns that status. `boottimes` on the command
// line prints how long each step took (kernel/boot/timeline.ts).

import { bootstrapArenaUsed } from "../../compiler/lib/runtime";
import { PANIC_EXIT_STATUS, Platform } from "../platform/platform";
import { preemptSafeAllocator } from "../sched/preempt-safe-allocator";
import { startInterrupts, startThreads } from "../sched/start";
import { bindShim, exit, ShimServices } from "../shim/shim";
import { printBanner, wantsBanner } from "./banner";
import { shareKernelHeap, startAllocator } from "./heap";
import { BootModules } from "./modules";
import { panic } from "./panic";
import { appArguments, calibrateClock, readBootInfo, readWallClock } from "./steps";
import { BootTimeline, wantsBootTimes } from "./timeline";

export function kmain(platform: Platform, modules: BootModules): i32 {
  const times = new BootTimeline(platform.tsc); // a TSC stamp after each step, for `boottimes`
  platform.console.init(); // serial console: the 16550 on COM1, 115200 8N1
  times.mark("console");
  const boot = readBootInfo(platform); // multiboot: command line, usable RAM
  if (boot === null) return PANIC_EXIT_STATUS;
  times.mark("multiboot and usable memory");
  const clock = calibrateClock(platform); // TSC ticks per microsecond, against the PIT
  if (clock === null) return PANIC_EXIT_STATUS;
  times.mark("TSC calibration", clock.describe());
  const wall = readWallClock(platform, clock); // UTC from the CMOS RTC
  bindShim(new ShimServices(platform.console, platform.power, clock, wall)); // write, exit, clocks, sleep
  times.mark("wall clock and shim");
  const heap = startAllocator(platform, boot.usable, modules); // the kernel heap
  if (heap === null) return PANIC_EXIT_STATUS;
  times.mark("kernel heap", `${bootstrapArenaUsed()} bytes of the runtime's bootstrap arena used`);
  const irqs = startInterrupts(platform); // 8259 PICs on vectors 32-47, lines masked until attached
  times.mark("interrupts");
  startThreads(platform, irqs, clock, heap.allocator, modules.createScheduler, (m: string) => panic(platform, m)); // threads, 1 kHz tick, interrupts on
  shareKernelHeap((h) => preemptSafeAllocator(h, platform.preemption)); // kernelHeap() safe between threads
  times.mark("threads");
  const argv = appArguments(boot.info.commandLine); // the words after the image name
  if (wantsBanner(argv)) printBanner(modules, boot.usable, clock); // version, modules, memory, boot time
  times.mark("banner");
  if (wantsBootTimes(argv)) times.print(clock.ticksPerMicrosecond); // where the boot's time went
  const status = modules.appMain(argv); // the application
  exit(status); // drain the console, then power off or leave through isa-debug-exit
  return status;
}

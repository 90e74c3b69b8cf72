// Where hello's boot time goes (bench/boot): an app with hello's module selection that, instead
// of greeting, reports how long the boot took up to two points and then runs kmain's costly steps
// a second time, each timed with the TSC, so that bench/boot/run.ts can print a breakdown without
// any change to kernel code. The two points:
//   - this module's initializer: arch/x86_64's start-up (multiboot entry, long mode, page tables,
//     BSS), the runtime's start and the module initializers before this one (the entry file
//     imports this app before it calls kmain, so this runs before kmain);
//   - main: kmain, from its first step to the app.
// The steps repeated here are the ones of kernel/boot/kmain.ts that can run twice: console init,
// multiboot and memory map, TSC calibration against the PIT, the CMOS RTC read, the allocator's
// construction and the banner (its work, written out below); interrupts and threads cannot start
// twice. A repeat is not the boot's own run (the code is translated by TCG and
// the pages are warm by now; the calibration may pick another window) but runs the same code.
// The allocator is constructed over a 64 MiB typed array taken from the heap, not over the
// heap's own range.
//
// Output: `boot-part name=<step> ticks=<TSC ticks> [...]` lines and one `boot-rate` line giving
// TSC ticks per microsecond (this run's calibration).

import { rdtsc } from "../../../../arch/x86_64/cpu";
import { bootTsc } from "../../../../arch/x86_64/handoff";
import { createX86Platform } from "../../../../arch/x86_64/platform";
import { createTlsfAllocator } from "../../../../kernel/alloc/tlsf/tlsf";
import { AllocFault } from "../../../../kernel/alloc/allocator";
import { readBootInfo } from "../../../../kernel/boot/steps";
import { readRtc } from "../../../../kernel/drivers/cmos-rtc";
import { calibrateTsc } from "../../../../kernel/drivers/tsc-calibration";
import { MonotonicClock } from "../../../../kernel/shim/clock";
import { print } from "../../../../kernel/shim/print";

/** The TSC when the runtime initialized this module, before kmain ran. */
const initializedAt: u64 = rdtsc();

const ALLOCATOR_BYTES: number = 64 * 1048576;

export function main(argv: string[]): i32 {
  const mainAt = rdtsc();
  part("before-kmain", initializedAt - bootTsc(), "");
  part("kmain", mainAt - initializedAt, "");

  const platform = createX86Platform();
  platform.console.flush(); // the console re-initialization below clears the FIFOs
  let t = rdtsc();
  platform.console.init();
  part("console-init", rdtsc() - t, "");

  t = rdtsc();
  const boot = readBootInfo(platform);
  part("multiboot", rdtsc() - t, "");
  if (boot === null) return 1;

  t = rdtsc();
  const calibration = calibrateTsc(platform.ports, platform.tsc);
  part("calibration", rdtsc() - t, `window_us=${calibration.windowMicroseconds} uncertainty_ppm=${Math.round(calibration.uncertaintyPpm)}`);
  if (!calibration.ok()) return 1;

  t = rdtsc();
  const rtc = readRtc(platform.ports);
  part("rtc", rdtsc() - t, rtc === null ? "read=failed" : "");

  const ram = new Uint8Array(ALLOCATOR_BYTES);
  const report = (fault: AllocFault, address: number, detail: number): void => {};
  // First an untimed construction over the array's first MiB, which the timed one does not touch
  // (tlsf writes at the top of its range): the collector runs at some allocation after the large
  // one and scans the whole array; the constructor's allocations set it off here.
  t = rdtsc();
  createTlsfAllocator(ram.subarray(0, 1048576), 0x40000000, report);
  part("allocator-warmup", rdtsc() - t, "");
  t = rdtsc();
  createTlsfAllocator(ram, 0x40000000, report);
  part("allocator-init", rdtsc() - t, `bytes=${ALLOCATOR_BYTES}`);

  const clock = new MonotonicClock(platform.tsc, calibration.ticksPerMicrosecond);
  t = rdtsc();
  banner(boot.usable.totalBytes(), clock);
  part("banner", rdtsc() - t, "");

  print(`boot-rate ticks_per_us=${calibration.ticksPerMicrosecond} heap_bytes=${boot.usable.totalBytes()}`);
  return 0;
}

/**
 * The work of kernel/boot/banner.ts's printBanner (read the clock, format, write one line of the
 * same length), written out here so this app does not depend on BootModules' constructor.
 */
function banner(usableBytes: number, clock: MonotonicClock): void {
  const micros = clock.microseconds();
  const mib = Math.floor((usableBytes * 10) / 1048576) / 10;
  print(`yao 0.1.0 [alloc=tlsf] ${mib} MiB usable, main at ${micros} us (again)`);
}

function part(name: string, ticks: number, extra: string): void {
  print(`boot-part name=${name} ticks=${ticks}${extra === "" ? "" : " " + extra}`);
}

// The one-line banner kmain prints before the app's main, unless the command line says `quiet`:
// yao's version, the selected modules, the usable memory and how long boot took from the image's
// first instruction (the TSC boot.S saved) to this line, e.g.
//   yao 0.1.0 [alloc=tlsf] 7.4 MiB usable, main at 5123 us
// The time is taken just before the banner is written; writing it adds one line of serial output.

import { MonotonicClock } from "../shim/clock";
import { print } from "../shim/print";
import { MemoryMap } from "./memory-map";
import { BootModules } from "./modules";

const MIB: number = 1048576;

export function wantsBanner(argv: string[]): boolean {
  for (const word of argv) {
    if (word === "quiet") return false;
  }
  return true;
}

export function printBanner(modules: BootModules, usable: MemoryMap, clock: MonotonicClock): void {
  const micros = clock.microseconds();
  const mib = Math.floor((usable.totalBytes() * 10) / MIB) / 10;
  print(`yao ${modules.version} [${modules.summary}] ${mib} MiB usable, main at ${micros} us`);
}

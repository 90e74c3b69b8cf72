// The boot steps kmain calls that need more than one line: finding the loader's information and
// the usable memory, calibrating the clock, reading the wall clock, and splitting the command
// line into argv.

import { readRtc } from "../drivers/cmos-rtc";
import { calibrateTsc, TscCalibration } from "../drivers/tsc-calibration";
import { Platform, TimeStampCounter } from "../platform/platform";
import { MonotonicClock, WallClock } from "../shim/clock";
import { hex } from "../shim/format";
import { MemoryMap } from "./memory-map";
import { MULTIBOOT_BOOTLOADER_MAGIC, MultibootInfo, parseMultiboot } from "./multiboot";
import { panic } from "./panic";
import { usableMemory } from "./usable-memory";

export class BootInfo {
  constructor(
    readonly info: MultibootInfo,
    /** RAM the kernel may allocate from. */
    readonly usable: MemoryMap,
  ) {}
}

/** The multiboot information and the usable RAM it implies; null after a panic. */
export function readBootInfo(platform: Platform): BootInfo | null {
  const handoff = platform.handoff;
  if (handoff.multibootMagic() !== MULTIBOOT_BOOTLOADER_MAGIC) {
    panic(platform, `not started by a multiboot v1 loader (magic ${hex(handoff.multibootMagic())})`);
    return null;
  }
  const info = parseMultiboot(platform.memory, handoff.multibootInfo());
  if (info.problem !== "") {
    panic(platform, `bad multiboot information: ${info.problem}`);
    return null;
  }
  const usable = usableMemory(info, handoff.imageStart(), handoff.imageEnd(), platform.memory.mappedLimit());
  return new BootInfo(info, usable);
}

/** The monotonic clock, and how its rate was found (for the boot timeline). */
export class CalibratedClock extends MonotonicClock {
  constructor(
    tsc: TimeStampCounter,
    readonly calibration: TscCalibration,
  ) {
    super(tsc, calibration.ticksPerMicrosecond);
  }

  /** E.g. "5000 us window, 120 ppm": the last window measured and its error bound. */
  describe(): string {
    return `${this.calibration.windowMicroseconds} us window, ${Math.round(this.calibration.uncertaintyPpm)} ppm`;
  }
}

/** The monotonic clock over the calibrated TSC; null after a panic. */
export function calibrateClock(platform: Platform): CalibratedClock | null {
  const calibration = calibrateTsc(platform.ports, platform.tsc);
  if (!calibration.ok()) {
    panic(platform, `TSC calibration failed: ${calibration.failure}`);
    return null;
  }
  return new CalibratedClock(platform.tsc, calibration);
}

/** UTC from the CMOS RTC, carried on by `clock`; null when no RTC answers sensibly. */
export function readWallClock(platform: Platform, clock: MonotonicClock): WallClock | null {
  const time = readRtc(platform.ports);
  if (time === null) return null;
  return new WallClock(clock, time.unixSeconds(), clock.nanoseconds());
}

/** The command line's words after the first (the image name), split on runs of spaces. */
export function appArguments(commandLine: string): string[] {
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < commandLine.length; i++) {
    const c = commandLine.charCodeAt(i);
    if (c !== 0x20) word += String.fromCharCode(c);
    else if (word.length > 0) {
      words.push(word);
      word = "";
    }
  }
  if (word.length > 0) words.push(word);
  const argv: string[] = [];
  for (let i = 1; i < words.length; i++) argv.push(words[i]);
  return argv;
}

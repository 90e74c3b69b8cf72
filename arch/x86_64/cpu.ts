// CPU control and time stamp counter intrinsics: CLI, STI, HLT, PAUSE, RDTSC (Intel SDM vol. 2).
// On the x86_64 target each call becomes the C function named by @native (arch/x86_64/native.h);
// under Node and on the host target the body acts on the installed simulated machine
// (arch/sim/installed.ts). Only arch/x86_64/platform.ts calls these.

import { simFault } from "../sim/fault";
import { installedMachine } from "../sim/installed";

/** @native yao_cli */
export function cli(): void {
  installedMachine().setInterruptFlag(false);
}

/** @native yao_sti */
export function sti(): void {
  installedMachine().setInterruptFlag(true);
}

/** @native yao_hlt */
export function hlt(): void {
  installedMachine().halt();
}

/** @native yao_pause */
export function pause(): void {
  installedMachine().pause();
}

/**
 * The time stamp counter.
 * @native yao_rdtsc
 */
export function rdtsc(): u64 {
  return installedMachine().rdtsc();
}

/**
 * Unsigned 64-bit integer division with the DIV instruction: the quotient, exact for operands
 * below 2^53. A zero divisor raises the CPU's divide error (#DE, vector 0), which the arch layer
 * reports and turns into a panic; the simulation reports it the same way.
 * @native yao_udiv64
 */
export function udiv64(dividend: u64, divisor: u64): u64 {
  if (divisor === 0) simFault("divide error (#DE): udiv64 by zero");
  return Math.floor(dividend / divisor);
}

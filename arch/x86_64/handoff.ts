// What boot.S saved for the kernel, and the way out: the multiboot magic (EAX) and information
// address (EBX) at entry, the TSC read by the image's first instruction, the image's extent from
// linker.ld symbols, and arch exit (0 = ACPI poweroff, 1..126 = isa-debug-exit, 127 = panic).
// On the x86_64 target each call becomes the C function named by @native (arch/x86_64/native.h
// and boot.S); under Node and on the host target the body reads the installed simulated machine
// (arch/sim/installed.ts), where arch/sim/multiboot.ts left the handoff. Only
// arch/x86_64/platform.ts calls these.

import { installedMachine } from "../sim/installed";

/** @native yao_arch_multiboot_magic */
export function multibootMagic(): u32 {
  return installedMachine().multibootMagic;
}

/** @native yao_arch_multiboot_info */
export function multibootInfo(): u64 {
  return installedMachine().multibootInfo;
}

/** @native yao_arch_boot_tsc_value */
export function bootTsc(): u64 {
  return installedMachine().bootTsc;
}

/** @native yao_arch_image_start */
export function imageStart(): u64 {
  return installedMachine().imageStart;
}

/** @native yao_arch_image_end */
export function imageEnd(): u64 {
  return installedMachine().imageEnd;
}

/**
 * Ends the machine; does not return on metal.
 * @native yao_arch_exit
 */
export function archExit(status: i32): void {
  installedMachine().exit(status | 0);
}

/**
 * Ends the machine with the panic status (127) after the kernel printed why: the one status
 * archExit refuses, since apps may not end with it.
 * @native yao_arch_exit_panicked
 */
export function archExitPanicked(): void {
  installedMachine().exit(127);
}

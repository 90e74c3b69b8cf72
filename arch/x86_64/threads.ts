// Thread context and guard page intrinsics (arch/x86_64/threads.c, switch.S, guard.c): slots
// of saved contexts, the switch between them, and unmapped pages under thread stacks. On the
// x86_64 target each call becomes the C function named by @native (declared in
// arch/x86_64/sched.h); under Node and on the host target the body acts on the installed
// simulated machine (arch/sim/contexts.ts), which records switches instead of making them. Only
// arch/x86_64/platform.ts calls these.

import { SIM_THREAD_SLOTS } from "../sim/contexts";
import { installedMachine } from "../sim/installed";

/** @native yao_thread_capacity */
export function contextCapacity(): u32 {
  return SIM_THREAD_SLOTS;
}

/**
 * Sets `slot` up to start `entry` on the stack [base, top).
 * @native yao_thread_prepare
 */
export function contextPrepare(slot: u32, base: u64, top: u64, entry: () => void): void {
  installedMachine().contexts.prepare(slot >>> 0, Math.floor(base), Math.floor(top), entry);
}

/** @native yao_thread_set_name_byte */
export function contextSetNameByte(slot: u32, index: u32, byte: u32): void {
  installedMachine().contexts.setNameByte(slot >>> 0, index >>> 0, byte >>> 0);
}

/**
 * Saves the running context in `from` and resumes `to` (interrupts must be off).
 * @native yao_thread_switch
 */
export function contextSwitch(from: u32, to: u32): void {
  const machine = installedMachine();
  machine.contexts.switchTo(from >>> 0, to >>> 0, machine.interruptsEnabled);
}

/** @native yao_thread_release */
export function contextRelease(slot: u32): void {
  installedMachine().contexts.release(slot >>> 0);
}

/** @native yao_guard_needs_table */
export function guardNeedsTable(address: u64): boolean {
  return installedMachine().guards.needsTable(Math.floor(address));
}

/** @native yao_guard_protect */
export function guardProtect(address: u64, table: u64): boolean {
  return installedMachine().guards.protect(Math.floor(address), Math.floor(table));
}

/** @native yao_guard_unprotect */
export function guardUnprotect(address: u64): void {
  installedMachine().guards.unprotect(Math.floor(address));
}

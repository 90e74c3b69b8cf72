// Interrupt and preemption intrinsics (arch/x86_64/irq.c, preempt.h): vectors routed to
// TypeScript closures, the interrupt flag, idling until an interrupt, and the preempt-disable
// count with its deferred switch. On the x86_64 target each call becomes the C function named by
// @native (declared in arch/x86_64/sched.h); under Node and on the host target the body acts on
// the installed simulated machine (arch/sim/interrupts.ts). Only arch/x86_64/platform.ts calls
// these.

import { installedMachine } from "../sim/installed";

/**
 * Runs `handler` at every interrupt on `vector` (32..255), with interrupts disabled.
 * @native yao_irq_set_handler
 */
export function setVectorHandler(vector: u32, handler: () => void): void {
  installedMachine().interrupts.setHandler(vector >>> 0, handler);
}

/**
 * CLI; whether interrupts were enabled.
 * @native yao_irq_disable
 */
export function interruptsDisable(): boolean {
  const machine = installedMachine();
  const was = machine.interruptsEnabled;
  machine.setInterruptFlag(false);
  return was;
}

/**
 * STI when `enabled`.
 * @native yao_irq_restore_enabled
 */
export function interruptsRestore(enabled: boolean): void {
  if (enabled) installedMachine().setInterruptFlag(true);
}

/**
 * STI; HLT; CLI.
 * @native yao_irq_wait
 */
export function interruptsWait(): void {
  const machine = installedMachine();
  machine.interruptsEnabled = true;
  machine.halt();
  machine.interruptsEnabled = false;
}

/** @native yao_irq_active */
export function inInterruptHandler(): boolean {
  return installedMachine().interrupts.handlerDepth !== 0;
}

/** @native yao_preempt_disable */
export function preemptDisable(): void {
  installedMachine().interrupts.preemptCount++;
}

/** @native yao_preempt_enable */
export function preemptEnable(): void {
  installedMachine().preemptEnable();
}

/** @native yao_preempt_depth */
export function preemptDepth(): u32 {
  return installedMachine().interrupts.preemptCount;
}

/** @native yao_preempt_request */
export function preemptRequest(): void {
  installedMachine().interrupts.request();
}

/** @native yao_preempt_set_hook */
export function preemptSetHook(hook: () => void): void {
  installedMachine().interrupts.switchHook = hook;
}

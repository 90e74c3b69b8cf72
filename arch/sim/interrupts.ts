// The simulated CPU's interrupt delivery and preemption counter, mirroring arch/x86_64/irq.c:
// handlers per vector, an interrupt controller that says which vector is pending (the
// simulated 8259 pair, arch/sim/i8259.ts), devices polled for new interrupt requests (the PIT's
// counter 0), the preempt-disable count and the deferred switch hook. Owned by SimMachine;
// driven by arch/sim/platform.ts and by the x86_64 intrinsics' host bodies.
//
// Interrupts are delivered only at points the test controls: when the machine halts with
// interrupts enabled, when interrupts are re-enabled, and when a test calls deliverPending.
// Never in the middle of other code, so host tests stay deterministic.

import { simFault } from "./fault";

/** What the CPU asks the interrupt controller at an interrupt acknowledge cycle. */
export interface SimInterruptController {
  /** The vector of the highest-priority pending request, now in service; -1 when none. */
  acknowledge(): i32;
}

export class SimInterrupts {
  private handlers: ((() => void) | null)[] = [];
  private sources: (() => void)[] = [];
  controller: SimInterruptController | null = null;
  preemptCount: u32 = 0;
  preemptPending: boolean = false;
  switchHook: (() => void) | null = null;
  handlerDepth: u32 = 0;
  delivered: u32 = 0;
  /** Vectors that arrived with no handler (metal reports these and exits 127). */
  unexpected: i32[] = [];

  constructor() {
    for (let v = 0; v < 256; v++) this.handlers.push(null);
  }

  setHandler(vector: u32, handler: (() => void) | null): void {
    if (vector < 32 || vector > 255) simFault(`yao_irq_set_handler: device vectors are 32..255, not ${vector}`);
    this.handlers[vector] = handler;
  }

  handler(vector: u32): (() => void) | null {
    return this.handlers[vector];
  }

  /** A device model that raises requests on the controller when polled (e.g. at each PIT edge). */
  addSource(poll: () => void): void {
    this.sources.push(poll);
  }

  /** Runs every pending interrupt while `enabled()` holds, as the CPU would between instructions. */
  deliverPending(enabled: () => boolean, setEnabled: (on: boolean) => void): void {
    for (;;) {
      if (!enabled() || this.controller === null) return;
      for (const poll of this.sources) poll();
      const vector = this.controller.acknowledge();
      if (vector < 0) return;
      setEnabled(false);
      this.runHandler(vector);
      setEnabled(true);
    }
  }

  /** Asks for the deferred switch: at the end of the handler, or when the count drops to 0. */
  request(): void {
    this.preemptPending = true;
  }

  /** preempt.h's yao_preempt_resched: the due switch, with interrupts off, when nothing holds it off. */
  resched(enabled: () => boolean, setEnabled: (on: boolean) => void): void {
    if (this.handlerDepth !== 0 || !enabled() || this.preemptCount !== 0 || !this.preemptPending) return;
    setEnabled(false);
    this.runSwitch();
    setEnabled(true);
  }

  private runHandler(vector: i32): void {
    const handler = this.handlers[vector];
    this.delivered++;
    if (handler === null) {
      this.unexpected.push(vector);
      return;
    }
    this.handlerDepth++;
    handler();
    this.handlerDepth--;
    if (this.preemptPending && this.preemptCount === 0) this.runSwitch();
  }

  private runSwitch(): void {
    this.preemptPending = false;
    const hook = this.switchHook;
    if (hook !== null) hook();
  }
}

import { expect, test } from "vitest";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { IrqLines } from "./irq-lines";
import { Pic8259 } from "./i8259";

function started() {
  const pc = createSimPc();
  const platform = createSimPlatform(pc);
  const lines = new IrqLines(platform.interrupts, new Pic8259(platform.ports));
  lines.start();
  platform.interrupts.restore(true);
  return { pc, lines };
}

test("an attached handler runs in interrupt context and the line gets its EOI", () => {
  const { pc, lines } = started();
  let inHandler = false;
  let calls = 0;
  lines.attach(3, () => {
    calls++;
    inHandler = pc.machine.interrupts.handlerDepth === 1 && !pc.machine.interruptsEnabled;
  });
  pc.pic.raise(3);
  pc.machine.deliverInterrupts();
  expect([calls, inHandler, pc.pic.master.isr, lines.counts[3]]).toEqual([1, true, 0, 1]);
  pc.pic.raise(3);
  pc.machine.deliverInterrupts();
  expect(calls).toBe(2); // the EOI let the next one through
});

test("handlers run only while interrupts are enabled", () => {
  const { pc, lines } = started();
  let calls = 0;
  lines.attach(4, () => calls++);
  pc.machine.setInterruptFlag(false);
  pc.pic.raise(4);
  pc.machine.deliverInterrupts();
  expect(calls).toBe(0);
  pc.machine.setInterruptFlag(true);
  expect(calls).toBe(1);
});

test("a spurious IR7 is counted, gets no EOI and reaches no handler", () => {
  const { pc, lines } = started();
  let calls = 0;
  lines.attach(7, () => calls++);
  pc.pic.master.isr = 0;
  pc.pic.raiseSpurious();
  pc.machine.deliverInterrupts();
  expect([calls, lines.spurious, lines.counts[7]]).toEqual([0, 1, 0]);
});

test("a line nobody attached to is masked after its first interrupt", () => {
  const { pc, lines } = started();
  lines.attach(5, () => {});
  lines.detach(5);
  pc.pic.master.imr &= ~0x20; // a stray unmask
  pc.pic.raise(5);
  pc.machine.deliverInterrupts();
  expect(lines.unexpected).toBe(1);
  expect(pc.pic.master.imr & 0x20).toBe(0x20);
  expect(pc.pic.master.isr).toBe(0);
});

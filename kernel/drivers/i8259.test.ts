import { expect, test } from "vitest";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { Pic8259, PIC_VECTOR_BASE } from "./i8259";

function remapped() {
  const pc = createSimPc();
  const pic = new Pic8259(createSimPlatform(pc).ports);
  pic.remap(PIC_VECTOR_BASE);
  return { pc, pic };
}

test("remap puts line 0 at vector 32 and line 8 at 40, everything masked", () => {
  const { pc, pic } = remapped();
  expect([pc.pic.master.vectorBase, pc.pic.slave.vectorBase]).toEqual([32, 40]);
  expect([pc.pic.master.imr, pc.pic.slave.imr]).toEqual([0xff, 0xff]);
  expect(pc.pic.unsupported()).toBe(0);
  pc.pic.raise(0);
  expect(pc.pic.acknowledge()).toBe(-1); // masked
  expect(pic.isMasked(0)).toBe(true);
});

test("unmasking a slave line opens the cascade; EOI on both ends its service", () => {
  const { pc, pic } = remapped();
  pic.unmask(12);
  expect(pc.pic.master.imr & 0x04).toBe(0);
  expect(pc.pic.slave.imr).toBe(0xef);
  pc.pic.raise(12);
  expect(pc.pic.acknowledge()).toBe(44);
  expect(pic.inServiceIsr(12)).toBe(true);
  pic.endOfInterruptIsr(12);
  expect([pc.pic.master.isr, pc.pic.slave.isr]).toEqual([0, 0]);
});

test("an interrupt in service holds off lower priorities until its EOI", () => {
  const { pc, pic } = remapped();
  pic.unmask(0);
  pic.unmask(1);
  pc.pic.raise(1);
  pc.pic.raise(0);
  expect(pc.pic.acknowledge()).toBe(32);
  expect(pc.pic.acknowledge()).toBe(-1);
  pic.endOfInterruptIsr(0);
  expect(pc.pic.acknowledge()).toBe(33);
});

test("a spurious IR7 is told apart by its clear in-service bit", () => {
  const { pc, pic } = remapped();
  pc.pic.raiseSpurious();
  expect(pc.pic.acknowledge()).toBe(39);
  expect(pic.inServiceIsr(7)).toBe(false);
  pic.unmask(7);
  pc.pic.raise(7);
  expect(pc.pic.acknowledge()).toBe(39);
  expect(pic.inServiceIsr(7)).toBe(true);
});

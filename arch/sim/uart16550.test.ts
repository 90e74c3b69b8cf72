import { expect, test } from "vitest";
import { SimClock } from "./clock";
import { SimUart16550 } from "./uart16550";

function uart(fifo: boolean): { clock: SimClock; com1: SimUart16550 } {
  const clock = new SimClock();
  const com1 = new SimUart16550(0x3f8, clock);
  com1.writePort(0x3fb, 1, 0x83);
  com1.writePort(0x3f8, 1, 12);
  com1.writePort(0x3f9, 1, 0);
  com1.writePort(0x3fb, 1, 0x03);
  com1.writePort(0x3fa, 1, fifo ? 0x07 : 0x00);
  return { clock, com1 };
}

test("DLAB switches registers 0 and 1 to the divisor latch", () => {
  const { com1 } = uart(true);
  expect(com1.lineSettings()).toBe("9600 8N1");
  expect(com1.readPort(0x3f9, 1)).toBe(0);
  com1.writePort(0x3fb, 1, 0x80 | 0x1f);
  expect(com1.readPort(0x3f8, 1)).toBe(12);
  expect(com1.lineSettings()).toBe("9600 8E2");
});

test("writing without waiting for THRE overruns the holding register", () => {
  const { com1 } = uart(false);
  for (const c of [0x61, 0x62, 0x63]) com1.writePort(0x3f8, 1, c);
  expect(com1.overruns).toBe(1);
  expect(com1.readPort(0x3fd, 1) & 0x60).toBe(0);
});

test("the FIFO takes 16 bytes, then overruns; LSR shows THRE and TEMT as it drains", () => {
  const { clock, com1 } = uart(true);
  for (let i = 0; i < 18; i++) com1.writePort(0x3f8, 1, 0x41 + i);
  expect(com1.overruns).toBe(1);
  clock.advance(1e9);
  expect(com1.readPort(0x3fd, 1) & 0x60).toBe(0x60);
  expect(com1.text()).toBe("ABCDEFGHIJKLMNOPQ");
  expect(com1.readPort(0x3fa, 1)).toBe(0xc1);
});

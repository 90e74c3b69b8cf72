import { describe, expect, test } from "vitest";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { PortIo } from "../platform/platform";
import { COM1_BASE, Uart16550 } from "./uart16550";

/** A port space that logs writes and answers reads from a function. */
class FakePorts implements PortIo {
  readonly log: string[] = [];
  constructor(private answer: (port: number) => number) {}
  in8(port: u16): u8 {
    return this.answer(port);
  }
  in16(): u16 {
    throw new Error("the 16550 driver uses byte access only");
  }
  in32(): u32 {
    throw new Error("the 16550 driver uses byte access only");
  }
  out8(port: u16, value: u8): void {
    this.log.push(`${(port - COM1_BASE).toString()}=${value.toString(16)}`);
  }
  out16(): void {
    throw new Error("the 16550 driver uses byte access only");
  }
  out32(): void {
    throw new Error("the 16550 driver uses byte access only");
  }
}

const bytes = (text: string) => new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));

function simulatedUart(baud = 115200) {
  const pc = createSimPc();
  const platform = createSimPlatform(pc);
  return { pc, uart: new Uart16550(platform.ports, COM1_BASE, baud) };
}

describe("Uart16550.init", () => {
  test("programs divisor, 8N1, FIFOs and modem control in order", () => {
    const ports = new FakePorts(() => 0xc1);
    new Uart16550(ports, COM1_BASE).init();
    // IER off; DLAB on; divisor 1 (115200); 8N1 with DLAB off; FIFOs on and cleared; DTR|RTS.
    expect(ports.log).toEqual(["1=0", "3=80", "0=1", "1=0", "3=3", "2=c7", "4=3"]);
  });

  test("sets the divisor for other rates", () => {
    const { pc, uart } = simulatedUart(9600);
    uart.init();
    expect(pc.com1.lineSettings()).toBe("9600 8N1");
    expect(pc.com1.fifoMode()).toBe(true);
  });
});

describe("Uart16550.write", () => {
  test("sends long output without overrunning the FIFO", () => {
    const { pc, uart } = simulatedUart();
    uart.init();
    const text = "yao says hello over a simulated wire. ".repeat(30);
    uart.write(bytes(text));
    uart.flush();
    expect(pc.com1.text()).toBe(text);
    expect([pc.com1.overruns, pc.com1.unclockedBytes, uart.droppedBytes]).toEqual([0, 0, 0]);
    expect(pc.com1.lineSettings()).toBe("115200 8N1");
  });

  test("takes the time the wire takes: 10 bits a character at 115200 baud", () => {
    const { pc, uart } = simulatedUart();
    uart.init();
    const start = pc.machine.clock.nanoseconds();
    uart.write(new Uint8Array(1000));
    uart.flush();
    const perCharacter = (pc.machine.clock.nanoseconds() - start) / 1000;
    expect(perCharacter).toBeGreaterThan(86000);
    expect(perCharacter).toBeLessThan(90000);
  });

  test("without FIFOs waits for THRE before every byte", () => {
    let lsrReads = 0;
    const ports = new FakePorts((port) => (port === COM1_BASE + 5 ? (lsrReads++, 0x60) : 0x01));
    const uart = new Uart16550(ports, COM1_BASE);
    uart.init();
    ports.log.length = 0;
    uart.write(bytes("abc"));
    expect(ports.log).toEqual(["0=61", "0=62", "0=63"]);
    expect(lsrReads).toBe(3);
  });

  test("with FIFOs writes up to 16 bytes per THRE", () => {
    let lsrReads = 0;
    const ports = new FakePorts((port) => (port === COM1_BASE + 5 ? (lsrReads++, 0x60) : 0xc1));
    const uart = new Uart16550(ports, COM1_BASE);
    uart.init();
    uart.write(new Uint8Array(40));
    expect(lsrReads).toBe(3);
  });

  test("gives up on a transmitter that never empties and counts the lost bytes", () => {
    const ports = new FakePorts((port) => (port === COM1_BASE + 5 ? 0x00 : 0xc1));
    const uart = new Uart16550(ports, COM1_BASE);
    uart.init();
    uart.write(bytes("lost"));
    expect(uart.droppedBytes).toBe(4);
  });

  test("a UART that was never initialized sends unclocked garbage (the sim notices)", () => {
    const { pc, uart } = simulatedUart();
    uart.write(bytes("x"));
    uart.flush();
    expect(pc.com1.unclockedBytes).toBe(1);
  });
});

// Driver for a 16550-compatible UART used as an output console: programs the baud divisor, 8N1
// framing and the FIFOs, then sends bytes by polling the line status register (no interrupts).
// The platforms construct one for COM1 (arch/x86_64/platform.ts, arch/sim/platform.ts); kernel
// code reaches it as Platform.console. All access goes through the platform's PortIo.
//
// Register offsets and bits: National Semiconductor PC16550D datasheet (June 1995), section 8
// "Registers" and its register summary table; baud divisor from section 8 "Programmable Baud
// Generator" (divisor = input clock / (16 * baud), with the PC's 1.8432 MHz clock).

import { PortIo, SerialConsole } from "../platform/platform";

/** COM1's base port, as the PC BIOS assigns it. */
export const COM1_BASE: u16 = 0x3f8;

// Register offsets from the base port. DLAB (LCR bit 7) swaps THR/IER for the divisor latch.
const THR: u16 = 0; // transmitter holding register (write, DLAB = 0)
const DLL: u16 = 0; // divisor latch, low byte (DLAB = 1)
const IER: u16 = 1; // interrupt enable register (DLAB = 0)
const DLM: u16 = 1; // divisor latch, high byte (DLAB = 1)
const IIR: u16 = 2; // interrupt identification register (read)
const FCR: u16 = 2; // FIFO control register (write)
const LCR: u16 = 3; // line control register
const MCR: u16 = 4; // modem control register
const LSR: u16 = 5; // line status register

const LCR_DLAB: u8 = 0x80;
/** Word length 8 (bits 0-1 = 11), one stop bit (bit 2 = 0), no parity (bit 3 = 0). */
const LCR_8N1: u8 = 0x03;
/** Enable FIFOs (bit 0), clear receive (bit 1) and transmit (bit 2) FIFOs, RX trigger 14 (6-7). */
const FCR_ENABLE_AND_CLEAR: u8 = 0xc7;
/** IIR bits 6-7 both read 1 when the FIFOs are enabled. */
const IIR_FIFOS_ENABLED: u8 = 0xc0;
/** Assert DTR (bit 0) and RTS (bit 1); OUT2 (bit 3) stays off, it would route the IRQ. */
const MCR_DTR_RTS: u8 = 0x03;
/** Transmitter holding register empty; in FIFO mode: the transmit FIFO is empty. */
const LSR_THRE: u8 = 0x20;
/** Transmitter empty: holding register (or FIFO) and shift register both empty. */
const LSR_TEMT: u8 = 0x40;

const CLOCK_HZ: u32 = 1843200;
const TX_FIFO_DEPTH: u32 = 16;
/**
 * Polls of LSR before giving up on a transmitter that never empties (a broken or hung port).
 * A 16-byte FIFO drains in under 17 ms even at 9600 baud; at about 1 us a poll this is ~1 s.
 */
const MAX_POLLS: u32 = 1000000;

export class Uart16550 implements SerialConsole {
  private fifo: boolean = false;
  /** Bytes not sent because the transmitter never became ready. */
  droppedBytes: u32 = 0;

  constructor(private ports: PortIo, readonly base: u16, readonly baud: u32 = 115200) {}

  init(): void {
    const divisor = Math.max(1, Math.round(CLOCK_HZ / (16 * this.baud)));
    this.put(IER, 0);
    this.put(LCR, LCR_DLAB);
    this.put(DLL, divisor & 0xff);
    this.put(DLM, (divisor >>> 8) & 0xff);
    this.put(LCR, LCR_8N1);
    this.put(FCR, FCR_ENABLE_AND_CLEAR);
    this.put(MCR, MCR_DTR_RTS);
    this.fifo = (this.ports.in8(this.base + IIR) & IIR_FIFOS_ENABLED) === IIR_FIFOS_ENABLED;
  }

  /** Sends bytes in bursts: a whole FIFO's worth each time LSR says the FIFO is empty. */
  write(bytes: Uint8Array): void {
    const burst = this.fifo ? TX_FIFO_DEPTH : 1;
    let next = 0;
    while (next < bytes.length) {
      if (!this.waitUntilTransmitterEmpty()) {
        this.droppedBytes += bytes.length - next;
        return;
      }
      const end = Math.min(bytes.length, next + burst);
      while (next < end) {
        this.put(THR, bytes[next]);
        next++;
      }
    }
  }

  flush(): void {
    this.waitForLineStatus(LSR_TEMT);
  }

  private waitUntilTransmitterEmpty(): boolean {
    return this.waitForLineStatus(LSR_THRE);
  }

  private waitForLineStatus(bit: u8): boolean {
    for (let polls: u32 = 0; polls < MAX_POLLS; polls++) {
      if ((this.ports.in8(this.base + LSR) & bit) !== 0) return true;
    }
    return false;
  }

  private put(register: u16, value: u8): void {
    this.ports.out8(this.base + register, value);
  }
}

// A simulated pair of 8259A interrupt controllers as wired in the PC: the master at ports
// 0x20-0x21, the slave at 0xa0-0xa1 cascaded on the master's line 2. Modeled: the
// initialization sequence (ICW1-ICW4), the mask register (OCW1), non-specific and specific EOI
// (OCW2), reading IRR or ISR (OCW3), edge-triggered requests, fully nested priority and the
// spurious IR7 a real 8259 answers when a request vanishes before the acknowledge. Anything else
// (special mask mode, rotation, poll mode, level triggering, buffered mode) is counted in
// `unsupported` so a test sees it. Attached to a SimMachine by arch/sim/pc.ts.
//
// From the Intel 8259A datasheet (order number 231468): "Initialization Command Words",
// "Operation Command Words", "Fully Nested Mode", "End of Interrupt", "Reading the 8259A Status".

import { PortDevice } from "./port-bus";
import { SimInterruptController } from "./interrupts";

const ICW1_INIT: u8 = 0x10;
const ICW1_IC4: u8 = 0x01;
const ICW1_SINGLE: u8 = 0x02;
const ICW1_LEVEL: u8 = 0x08;
const OCW3_SELECT: u8 = 0x08;
const OCW3_READ_REGISTER: u8 = 0x02;
const OCW3_READ_ISR: u8 = 0x01;
const OCW2_NONSPECIFIC_EOI: u8 = 0x20;
const OCW2_SPECIFIC_EOI: u8 = 0x60;
const CASCADE_LINE: u32 = 2;

class SimPicChip {
  imr: u8 = 0xff;
  irr: u8 = 0;
  isr: u8 = 0;
  vectorBase: u8 = 0;
  readIsr: boolean = false;
  initStep: u32 = 0; // 0: operating; 2..4: waiting for that ICW
  needsIcw4: boolean = false;
  single: boolean = false;
  initialized: boolean = false;
  unsupported: u32 = 0;

  writeCommand(value: u8): void {
    if ((value & ICW1_INIT) !== 0) {
      if ((value & ICW1_LEVEL) !== 0) this.unsupported++;
      this.needsIcw4 = (value & ICW1_IC4) !== 0;
      this.single = (value & ICW1_SINGLE) !== 0;
      this.imr = 0;
      this.isr = 0;
      this.irr = 0;
      this.readIsr = false;
      this.initStep = 2;
    } else if ((value & OCW3_SELECT) !== 0) {
      if ((value & 0x64) !== 0) this.unsupported++; // special mask, poll
      if ((value & OCW3_READ_REGISTER) !== 0) this.readIsr = (value & OCW3_READ_ISR) !== 0;
    } else this.eoi(value);
  }

  writeData(value: u8): void {
    if (this.initStep === 2) {
      this.vectorBase = value & 0xf8;
      this.initStep = this.single ? (this.needsIcw4 ? 4 : 0) : 3;
    } else if (this.initStep === 3) this.initStep = this.needsIcw4 ? 4 : 0;
    else if (this.initStep === 4) {
      if ((value & 0x01) === 0 || (value & 0x1e) !== 0) this.unsupported++; // 8086 mode only; no AEOI, buffering, SFNM
      this.initStep = 0;
    } else {
      this.imr = value;
      return;
    }
    if (this.initStep === 0) this.initialized = true;
  }

  readCommand(): u8 {
    return this.readIsr ? this.isr : this.irr;
  }

  /** The highest-priority line that may be serviced now, or -1. */
  serviceable(): i32 {
    const requests = this.irr & ~this.imr & 0xff;
    for (let line = 0; line < 8; line++) {
      if ((this.isr & (1 << line)) !== 0) return -1; // a higher or equal priority is in service
      if ((requests & (1 << line)) !== 0) return line;
    }
    return -1;
  }

  private eoi(value: u8): void {
    const kind = value & 0xe0;
    if (kind === OCW2_NONSPECIFIC_EOI) {
      for (let line = 0; line < 8; line++) {
        if ((this.isr & (1 << line)) !== 0) {
          this.isr &= ~(1 << line);
          return;
        }
      }
    } else if (kind === OCW2_SPECIFIC_EOI) this.isr &= ~(1 << (value & 7));
    else this.unsupported++;
  }
}

export class SimPicPair implements PortDevice, SimInterruptController {
  readonly master: SimPicChip = new SimPicChip();
  readonly slave: SimPicChip = new SimPicChip();
  spuriousPending: boolean = false;
  acknowledged: u32 = 0;

  readPort(port: u16, width: u32): u32 {
    const chip = this.chipAt(port);
    return (port & 1) === 0 ? chip.readCommand() : chip.imr;
  }

  writePort(port: u16, width: u32, value: u32): void {
    const chip = this.chipAt(port);
    if ((port & 1) === 0) chip.writeCommand(value & 0xff);
    else chip.writeData(value & 0xff);
  }

  /** An edge on IRQ `line` (0..15). */
  raise(line: u32): void {
    if (line < 8) this.master.irr |= 1 << line;
    else {
      this.slave.irr |= 1 << (line - 8);
      this.master.irr |= 1 << CASCADE_LINE;
    }
  }

  /** A request that goes away before the CPU acknowledges it: the master answers IR7. */
  raiseSpurious(): void {
    this.spuriousPending = true;
  }

  unsupported(): u32 {
    return this.master.unsupported + this.slave.unsupported;
  }

  acknowledge(): i32 {
    if (!this.master.initialized) return -1;
    if (this.spuriousPending) {
      this.spuriousPending = false;
      return this.master.vectorBase + 7; // ISR bit not set: that is how software tells
    }
    const line = this.master.serviceable();
    if (line < 0) return -1;
    this.acknowledged++;
    if (line !== CASCADE_LINE) return this.accept(this.master, line);
    const slaveLine = this.slave.serviceable();
    if (slaveLine < 0) {
      this.master.irr &= ~(1 << CASCADE_LINE);
      return -1;
    }
    this.master.isr |= 1 << CASCADE_LINE;
    if ((this.slave.irr & ~(1 << slaveLine)) === 0) this.master.irr &= ~(1 << CASCADE_LINE);
    return this.accept(this.slave, slaveLine);
  }

  private accept(chip: SimPicChip, line: i32): i32 {
    chip.irr &= ~(1 << line);
    chip.isr |= 1 << line;
    return chip.vectorBase + line;
  }

  private chipAt(port: u16): SimPicChip {
    return port >= 0xa0 ? this.slave : this.master;
  }
}

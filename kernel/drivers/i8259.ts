// The PC's two 8259A programmable interrupt controllers (master at ports 0x20-0x21, slave at
// 0xa0-0xa1 on the master's line 2): remapping their 16 lines away from the CPU exception
// vectors, masking, end-of-interrupt, and reading the in-service register to tell a spurious
// interrupt from a real one. kernel/drivers/irq-lines.ts owns the one instance and dispatches
// the lines to handlers.
//
// Intel 8259A data sheet (order number 231468): "Initialization Command Words" (ICW1: bit 4
// starts initialization, bit 0 asks for ICW4; ICW2: vector base, low 3 bits zero; ICW3: master
// has a slave on each set bit, slave gives its cascade identity; ICW4 bit 0: 8086 mode),
// "Operation Command Words" (OCW1: mask register; OCW2 0x20: non-specific EOI; OCW3 0x0b: the
// next command-port read returns the ISR), "Fully Nested Mode". The BIOS leaves the master on
// vectors 8-15, the CPU's exception vectors in protected mode, hence the remap.

import { PortIo } from "../platform/platform";

export const PIC_LINES: u32 = 16;
/** Where remap() puts line 0: the first vector after the 32 the CPU reserves for exceptions. */
export const PIC_VECTOR_BASE: u32 = 32;
/** The master line the slave is wired to. */
export const PIC_CASCADE_LINE: u32 = 2;
/** The line an 8259 answers with when a request disappears before the CPU acknowledges it. */
export const PIC_SPURIOUS_LINE: u32 = 7;

const MASTER_COMMAND: u16 = 0x20;
const MASTER_DATA: u16 = 0x21;
const SLAVE_COMMAND: u16 = 0xa0;
const SLAVE_DATA: u16 = 0xa1;
const ICW1_INIT_WITH_ICW4: u8 = 0x11; // edge triggered, cascaded, ICW4 follows
const ICW3_MASTER_SLAVE_ON_2: u8 = 0x04;
const ICW3_SLAVE_IDENTITY: u8 = 0x02;
const ICW4_8086: u8 = 0x01;
const OCW2_EOI: u8 = 0x20;
const OCW3_READ_ISR: u8 = 0x0b;
const OCW3_READ_IRR: u8 = 0x0a;

export class Pic8259 {
  private masks: u32 = 0xffff;

  constructor(private ports: PortIo) {}

  /** Initializes both controllers with line 0 at `base` (slave lines at base + 8), all masked. */
  remap(base: u32): void {
    this.ports.out8(MASTER_COMMAND, ICW1_INIT_WITH_ICW4);
    this.ports.out8(SLAVE_COMMAND, ICW1_INIT_WITH_ICW4);
    this.ports.out8(MASTER_DATA, base & 0xf8);
    this.ports.out8(SLAVE_DATA, (base + 8) & 0xf8);
    this.ports.out8(MASTER_DATA, ICW3_MASTER_SLAVE_ON_2);
    this.ports.out8(SLAVE_DATA, ICW3_SLAVE_IDENTITY);
    this.ports.out8(MASTER_DATA, ICW4_8086);
    this.ports.out8(SLAVE_DATA, ICW4_8086);
    this.masks = 0xffff;
    this.writeMasks();
  }

  /** Lets `line` interrupt (a slave line also opens the cascade line on the master). */
  unmask(line: u32): void {
    this.masks &= ~(1 << line);
    if (line >= 8) this.masks &= ~(1 << PIC_CASCADE_LINE);
    this.writeMasks();
  }

  mask(line: u32): void {
    this.masks |= 1 << line;
    this.writeMasks();
  }

  isMasked(line: u32): boolean {
    return (this.masks & (1 << line)) !== 0;
  }

  /** Ends the interrupt on `line`: slave lines need an EOI on both controllers. */
  endOfInterruptIsr(line: u32): void {
    if (line >= 8) this.ports.out8(SLAVE_COMMAND, OCW2_EOI);
    this.ports.out8(MASTER_COMMAND, OCW2_EOI);
  }

  /**
   * Whether `line` is really in service: false for a spurious IR7 (or IR15 on the slave), which
   * the controller signals without setting the line's in-service bit. A spurious IR15 still put
   * the master's cascade line in service, so it needs a master EOI; a spurious IR7 needs none.
   */
  inServiceIsr(line: u32): boolean {
    const command = line >= 8 ? SLAVE_COMMAND : MASTER_COMMAND;
    this.ports.out8(command, OCW3_READ_ISR);
    const isr = this.ports.in8(command);
    this.ports.out8(command, OCW3_READ_IRR);
    return (isr & (1 << (line & 7))) !== 0;
  }

  /** The master EOI a spurious slave interrupt still needs (see inServiceIsr). */
  endCascadeIsr(): void {
    this.ports.out8(MASTER_COMMAND, OCW2_EOI);
  }

  private writeMasks(): void {
    this.ports.out8(MASTER_DATA, this.masks & 0xff);
    this.ports.out8(SLAVE_DATA, (this.masks >>> 8) & 0xff);
  }
}

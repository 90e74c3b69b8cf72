// Hardware interrupt lines (the 8259 pair's IRQ 0-15) routed to TypeScript handlers: the one
// place that knows which device handler runs for which line. kmain starts it once
// (startInterrupts in kernel/sched/start.ts); a driver attaches its handler to its line, and the
// handler runs in interrupt context (interrupts off, allocating nothing). Each line's vector gets
// a closure that filters spurious interrupts (an 8259 signals IR7 or IR15 with the in-service bit
// clear when a request vanished), runs the handler and sends the end-of-interrupt; a line that
// fires with no handler is masked so it cannot storm, and counted.

import { Interrupts } from "../platform/platform";
import { Pic8259, PIC_LINES, PIC_SPURIOUS_LINE, PIC_VECTOR_BASE } from "./i8259";

export class IrqLines {
  private handlers: ((() => void) | null)[] = [];
  /** Interrupts per line, spurious ones excluded. */
  readonly counts: Uint32Array = new Uint32Array(PIC_LINES);
  spurious: u32 = 0;
  /** Interrupts on lines nobody attached to (each such line is masked after its first). */
  unexpected: u32 = 0;

  constructor(
    private interrupts: Interrupts,
    private pic: Pic8259,
  ) {}

  /** Remaps the PICs to vectors 32-47 with every line masked and installs the dispatchers. */
  start(): void {
    this.pic.remap(PIC_VECTOR_BASE);
    for (let line: u32 = 0; line < PIC_LINES; line++) {
      this.handlers.push(null);
      this.interrupts.setHandler(PIC_VECTOR_BASE + line, () => this.dispatchIsr(line));
    }
  }

  /** Runs handlerIsr on every interrupt on `line` (0-15) and unmasks the line. */
  attach(line: u32, handlerIsr: () => void): void {
    const on = this.interrupts.disable();
    this.handlers[line] = handlerIsr;
    this.pic.unmask(line);
    this.interrupts.restore(on);
  }

  /** Masks `line` and forgets its handler. */
  detach(line: u32): void {
    const on = this.interrupts.disable();
    this.pic.mask(line);
    this.handlers[line] = null;
    this.interrupts.restore(on);
  }

  private dispatchIsr(line: u32): void {
    if ((line & 7) === PIC_SPURIOUS_LINE && !this.pic.inServiceIsr(line)) {
      this.spurious++;
      if (line >= 8) this.pic.endCascadeIsr();
      return;
    }
    this.counts[line]++;
    const handler = this.handlers[line];
    if (handler === null) {
      this.unexpected++;
      this.pic.mask(line);
    } else handler();
    this.pic.endOfInterruptIsr(line);
  }
}

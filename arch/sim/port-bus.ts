// The simulated I/O port space. Devices attach to port ranges; every access costs the machine
// one port-access time on the shared clock. A port nothing answers reads as all ones, as an
// undriven ISA bus does, and is counted so a test can see a driver talking to nothing.
// Owned by SimMachine; devices live in the other arch/sim files.

import { SimClock } from "./clock";
import { simFault } from "./fault";
import { hex } from "../../kernel/shim/format";

/** A simulated device's port registers. `width` is the access size in bytes: 1, 2 or 4. */
export interface PortDevice {
  readPort(port: u16, width: u32): u32;
  writePort(port: u16, width: u32, value: u32): void;
}

class PortRange {
  constructor(readonly first: u16, readonly count: u32, readonly device: PortDevice) {}

  covers(port: u16): boolean {
    return port >= this.first && port < this.first + this.count;
  }
}

export class PortBus {
  private ranges: PortRange[] = [];
  unmappedReads: u32 = 0;
  unmappedWrites: u32 = 0;

  constructor(private clock: SimClock, private accessNanoseconds: number) {}

  attach(first: u16, count: u32, device: PortDevice): void {
    for (let port = first; port < first + count; port++) {
      if (this.find(port) !== null) simFault(`port ${hex(port)} already has a device`);
    }
    this.ranges.push(new PortRange(first, count, device));
  }

  read(port: u16, width: u32): u32 {
    this.clock.advance(this.accessNanoseconds);
    const range = this.find(port);
    if (range === null) {
      this.unmappedReads++;
      return width === 4 ? 0xffffffff : width === 2 ? 0xffff : 0xff;
    }
    return range.device.readPort(port, width);
  }

  write(port: u16, width: u32, value: u32): void {
    this.clock.advance(this.accessNanoseconds);
    const range = this.find(port);
    if (range === null) this.unmappedWrites++;
    else range.device.writePort(port, width, value);
  }

  private find(port: u16): PortRange | null {
    for (const range of this.ranges) {
      if (range.covers(port)) return range;
    }
    return null;
  }
}

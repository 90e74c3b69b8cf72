// Simulated memory-mapped I/O: device register windows at physical addresses, with RAM behind
// every address no device claims (so MMIO reads of RAM behave as on metal). 64-bit accesses
// carry the value as a `number`, exact below 2^53. Owned by SimMachine.

import { hex } from "../../kernel/shim/format";
import { SimClock } from "./clock";
import { simFault } from "./fault";
import { SimRam } from "./ram";

/** A device's register window; `offset` is relative to where it is mapped, width 1, 2, 4 or 8. */
export interface MmioDevice {
  readRegister(offset: u32, width: u32): u64;
  writeRegister(offset: u32, width: u32, value: u64): void;
}

class MmioWindow {
  constructor(readonly base: u64, readonly length: u32, readonly device: MmioDevice) {}

  covers(address: u64, width: u32): boolean {
    return address >= this.base && address + width <= this.base + this.length;
  }
}

const TWO_TO_32 = 4294967296;

export class SimMmio {
  private windows: MmioWindow[] = [];

  constructor(private ram: SimRam, private clock: SimClock, private accessNanoseconds: number) {}

  map(base: u64, length: u32, device: MmioDevice): void {
    for (const window of this.windows) {
      if (base < window.base + window.length && window.base < base + length) {
        simFault(`MMIO window at ${hex(base)} overlaps the one at ${hex(window.base)}`);
      }
    }
    this.windows.push(new MmioWindow(base, length, device));
  }

  read(address: u64, width: u32): u64 {
    this.clock.advance(this.accessNanoseconds);
    const window = this.find(address, width);
    if (window !== null) return window.device.readRegister(address - window.base, width);
    if (!this.ram.contains(address, width)) return this.outside(address, width);
    const data = this.ram.data;
    if (width === 1) return data.getUint8(address);
    if (width === 2) return data.getUint16(address, true);
    if (width === 4) return data.getUint32(address, true);
    return data.getUint32(address + 4, true) * TWO_TO_32 + data.getUint32(address, true);
  }

  write(address: u64, width: u32, value: u64): void {
    this.clock.advance(this.accessNanoseconds);
    const window = this.find(address, width);
    if (window !== null) {
      window.device.writeRegister(address - window.base, width, value);
      return;
    }
    if (!this.ram.contains(address, width)) {
      this.outside(address, width);
      return;
    }
    this.writeRam(address, width, value);
  }

  private writeRam(address: u64, width: u32, value: u64): void {
    const data = this.ram.data;
    if (width === 1) data.setUint8(address, value);
    else if (width === 2) data.setUint16(address, value, true);
    else if (width === 4) data.setUint32(address, value, true);
    else {
      data.setUint32(address, value % TWO_TO_32, true);
      data.setUint32(address + 4, Math.floor(value / TWO_TO_32), true);
    }
  }

  private outside(address: u64, width: u32): u64 {
    simFault(`MMIO access of ${width} bytes at ${hex(address)} hits neither a device nor RAM`);
    return 0;
  }

  private find(address: u64, width: u32): MmioWindow | null {
    for (const window of this.windows) {
      if (window.covers(address, width)) return window;
    }
    return null;
  }
}

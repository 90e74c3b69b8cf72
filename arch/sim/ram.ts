// Simulated physical RAM: one ArrayBuffer covering addresses [0, size). Views are zero-copy
// subarrays, the same contract physView keeps on metal. Owned by SimMachine; read by the
// simulated platform, the physView intrinsic's host body and the simulated boot loader.

import { hex } from "../../kernel/shim/format";
import { simFault } from "./fault";

export class SimRam {
  readonly bytes: Uint8Array;
  readonly data: DataView;

  constructor(readonly size: u32) {
    const buffer = new ArrayBuffer(size);
    this.bytes = new Uint8Array(buffer);
    this.data = new DataView(buffer);
  }

  contains(address: u64, length: u32): boolean {
    return address >= 0 && length >= 0 && address + length <= this.size;
  }

  view(address: u64, length: u32): Uint8Array {
    if (!this.contains(address, length)) {
      simFault(`physical view [${hex(address)}, +${length}) is outside RAM (${this.size} bytes)`);
      return new Uint8Array(0);
    }
    return this.bytes.subarray(address, address + length);
  }
}

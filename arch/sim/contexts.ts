// Simulated thread contexts and stack guard pages, mirroring arch/x86_64/threads.c and guard.c.
// Node cannot switch stacks, so a switch here only records itself and changes which slot is
// running; the caller's code then simply continues. Host tests use the record to check what the
// scheduler decided (kernel/sched/*.test.ts), and run a prepared thread's entry themselves when
// they want to play that thread. Owned by SimMachine.

import { simFault } from "./fault";

/** Slot 0 is the boot thread, as on metal. */
export const SIM_THREAD_SLOTS: u32 = 64;
const PAGE: u64 = 4096;
const REGION: u64 = 0x200000;

export class SimSwitch {
  constructor(
    readonly from: u32,
    readonly to: u32,
  ) {}
}

class SimSlot {
  live: boolean = false;
  base: u64 = 0;
  top: u64 = 0;
  entry: (() => void) | null = null;
  name: string = "";
}

export class SimContexts {
  private slots: SimSlot[] = [];
  running: u32 = 0;
  readonly switches: SimSwitch[] = [];

  constructor() {
    for (let i = 0; i < SIM_THREAD_SLOTS; i++) this.slots.push(new SimSlot());
    this.slots[0].live = true;
    this.slots[0].name = "main";
  }

  prepare(slot: u32, base: u64, top: u64, entry: () => void): void {
    const s = this.at(slot);
    if (slot === 0 || s.live || top % 16 !== 0 || base >= top || top - base < 1024) {
      simFault(`yao_thread_prepare: bad slot ${slot} or stack [${base}, ${top})`);
    }
    s.live = true;
    s.base = base;
    s.top = top;
    s.entry = entry;
    s.name = "";
  }

  setNameByte(slot: u32, index: u32, byte: u32): void {
    const s = this.at(slot);
    if (index === s.name.length) s.name += String.fromCharCode(byte & 0xff);
  }

  /** Records the switch; metal requires interrupts off, and so does this. */
  switchTo(from: u32, to: u32, interruptsEnabled: boolean): void {
    if (from !== this.running || !this.at(to).live || interruptsEnabled) {
      simFault(`yao_thread_switch ${from} -> ${to}: not from the running slot (${this.running}), to a live one, with interrupts off`);
    }
    this.switches.push(new SimSwitch(from, to));
    this.running = to;
  }

  release(slot: u32): void {
    if (slot === this.running || slot === 0) simFault(`yao_thread_release: slot ${slot} is running or the boot thread`);
    const s = this.at(slot);
    s.live = false;
    s.entry = null;
  }

  isLive(slot: u32): boolean {
    return this.at(slot).live;
  }

  name(slot: u32): string {
    return this.at(slot).name;
  }

  /** The closure a prepared slot will start with, for a test that plays that thread. */
  entry(slot: u32): (() => void) | null {
    return this.at(slot).entry;
  }

  private at(slot: u32): SimSlot {
    if (slot >= SIM_THREAD_SLOTS) simFault(`thread slot ${slot} out of range`);
    return this.slots[slot];
  }
}

/** Which 4 KiB pages are unmapped, and which 2 MiB regions have been split to allow that. */
export class SimGuardPages {
  private unmapped: u64[] = [];
  private split: u64[] = [];

  needsTable(address: u64): boolean {
    this.check(address);
    return !this.isSplit(Math.floor(address / REGION));
  }

  protect(address: u64, table: u64): boolean {
    this.check(address);
    const region = Math.floor(address / REGION);
    const splitNow = !this.isSplit(region);
    if (splitNow) {
      if (table === 0 || table % PAGE !== 0) simFault("guard page: splitting a 2 MiB page needs a 4 KiB aligned table");
      this.split.push(region);
    }
    if (!this.isUnmapped(address)) this.unmapped.push(address);
    return splitNow;
  }

  unprotect(address: u64): void {
    this.check(address);
    const kept: u64[] = [];
    for (const page of this.unmapped) if (page !== address) kept.push(page);
    this.unmapped = kept;
  }

  isUnmapped(address: u64): boolean {
    for (const page of this.unmapped) if (page === address) return true;
    return false;
  }

  unmappedCount(): u32 {
    return this.unmapped.length;
  }

  private isSplit(region: u64): boolean {
    for (const r of this.split) if (r === region) return true;
    return false;
  }

  private check(address: u64): void {
    if (address === 0 || address % PAGE !== 0 || address >= 0x100000000) {
      simFault(`guard page: ${address} must be 4 KiB aligned, nonzero, below 4 GiB`);
    }
  }
}

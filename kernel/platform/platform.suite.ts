// The behaviour every Platform implementation must show, run against a simulated PC: by
// arch/sim/platform.test.ts directly and by arch/x86_64/platform.test.ts through the intrinsics.
// `boot` builds a fresh SimPc with a platform over it; the suite checks each capability's effect
// on the simulated hardware.

import { describe, expect, test } from "vitest";
import { SimPc } from "../../arch/sim/pc";
import { MmioDevice } from "../../arch/sim/mmio";
import { PortDevice } from "../../arch/sim/port-bus";
import { Pic8259 } from "../drivers/i8259";
import { Platform } from "./platform";

export class PlatformUnderTest {
  constructor(readonly pc: SimPc, readonly platform: Platform) {}
}

class RecordingDevice implements PortDevice, MmioDevice {
  readonly log: string[] = [];
  readPort(port: u16, width: u32): u32 {
    this.log.push(`in${width * 8} ${port.toString(16)}`);
    return 0x12345678 & (width === 4 ? 0xffffffff : (1 << (width * 8)) - 1);
  }
  writePort(port: u16, width: u32, value: u32): void {
    this.log.push(`out${width * 8} ${port.toString(16)}=${value.toString(16)}`);
  }
  readRegister(offset: u32, width: u32): u64 {
    this.log.push(`read${width * 8} +${offset}`);
    return 42;
  }
  writeRegister(offset: u32, width: u32, value: u64): void {
    this.log.push(`write${width * 8} +${offset}=${value}`);
  }
}

export function platformSuite(name: string, boot: () => PlatformUnderTest): void {
  describe(`platform ${name}`, () => {
    test("port I/O reaches devices at every width", () => {
      const { pc, platform } = boot();
      const device = new RecordingDevice();
      pc.machine.ports.attach(0x500, 4, device);
      platform.ports.out8(0x500, 0x1ab);
      platform.ports.out16(0x502, 0xbeef);
      platform.ports.out32(0x500, 0xdeadbeef);
      expect(platform.ports.in8(0x500)).toBe(0x78);
      expect(platform.ports.in16(0x500)).toBe(0x5678);
      expect(platform.ports.in32(0x500)).toBe(0x12345678);
      expect(device.log).toEqual(["out8 500=ab", "out16 502=beef", "out32 500=deadbeef", "in8 500", "in16 500", "in32 500"]);
    });

    test("an unconnected port reads as all ones", () => {
      const { pc, platform } = boot();
      expect(platform.ports.in8(0x600)).toBe(0xff);
      expect(platform.ports.in32(0x600)).toBe(0xffffffff);
      expect(pc.machine.ports.unmappedReads).toBe(2);
    });

    test("MMIO reads and writes RAM and device windows", () => {
      const { pc, platform } = boot();
      platform.mmio.write32(0x2000, 0xcafef00d);
      platform.mmio.write64(0x2008, 2 ** 40 + 5);
      platform.mmio.write16(0x2010, 0x1234);
      platform.mmio.write8(0x2012, 0x56);
      expect(platform.mmio.read32(0x2000)).toBe(0xcafef00d);
      expect(platform.mmio.read64(0x2008)).toBe(2 ** 40 + 5);
      expect(platform.mmio.read16(0x2010)).toBe(0x1234);
      expect(platform.mmio.read8(0x2012)).toBe(0x56);
      expect(pc.machine.ram.data.getUint32(0x2000, true)).toBe(0xcafef00d);
      const device = new RecordingDevice();
      pc.machine.mmio.map(0xfee00000, 0x1000, device);
      platform.mmio.write32(0xfee000b0, 0);
      expect(platform.mmio.read32(0xfee00020)).toBe(42);
      expect(device.log).toEqual(["write32 +176=0", "read32 +32"]);
    });

    test("physical views share memory", () => {
      const { pc, platform } = boot();
      const view = platform.memory.view(0x3000, 16);
      view[3] = 0x99;
      expect(pc.machine.ram.bytes[0x3003]).toBe(0x99);
      pc.machine.ram.bytes[0x3004] = 0x77;
      expect(view[4]).toBe(0x77);
      expect(view.length).toBe(16);
    });

    test("a view outside RAM is a simulation fault", () => {
      const { pc, platform } = boot();
      expect(() => platform.memory.view(pc.machine.ram.size - 8, 16)).toThrow(/process.exit/);
    });

    test("CPU control", () => {
      const { pc, platform } = boot();
      platform.cpu.enableInterrupts();
      expect(pc.machine.interruptsEnabled).toBe(true);
      platform.cpu.halt();
      expect(pc.machine.stoppedForever).toBe(false);
      platform.cpu.disableInterrupts();
      expect(pc.machine.interruptsEnabled).toBe(false);
      platform.cpu.pause();
      platform.cpu.halt();
      expect([pc.machine.haltCount, pc.machine.pauseCount, pc.machine.stoppedForever]).toEqual([2, 1, true]);
    });

    test("the TSC counts at the machine's rate", () => {
      const { pc, platform } = boot();
      const before = platform.tsc.read();
      pc.machine.clock.advance(1000000);
      const after = platform.tsc.read();
      expect(after - before).toBeGreaterThanOrEqual(pc.machine.tscHz / 1000);
      expect(after - before).toBeLessThan(pc.machine.tscHz / 1000 + 1000);
      pc.machine.bootTsc = 1234;
      expect(platform.tsc.bootValue()).toBe(1234);
    });

    test("exit records the status", () => {
      const { pc, platform } = boot();
      platform.power.exit(3);
      platform.power.exit(0);
      expect([pc.machine.exitStatus, pc.machine.exitCount]).toEqual([3, 2]);
    });

    test("the handoff shows what the loader left", () => {
      const { pc, platform } = boot();
      pc.machine.multibootMagic = 0x2badb002;
      pc.machine.multibootInfo = 0x9000;
      pc.machine.imageStart = 0x100000;
      pc.machine.imageEnd = 0x180000;
      const h = platform.handoff;
      expect([h.multibootMagic(), h.multibootInfo(), h.imageStart(), h.imageEnd()]).toEqual([0x2badb002, 0x9000, 0x100000, 0x180000]);
    });

    test("interrupts: a handler runs for its vector while interrupts are enabled, in handler context", () => {
      const { pc, platform } = boot();
      new Pic8259(platform.ports).remap(32);
      pc.machine.ports.write(0x21, 1, 0xfe); // unmask line 0 only
      const seen: string[] = [];
      platform.interrupts.setHandler(32, () => {
        seen.push(`handler ${platform.interrupts.inHandler()} ${pc.machine.interruptsEnabled}`);
        pc.machine.ports.write(0x20, 1, 0x20); // EOI
      });
      expect(platform.interrupts.disable()).toBe(false);
      pc.pic.raise(0);
      pc.machine.deliverInterrupts();
      expect(seen).toEqual([]);
      platform.interrupts.restore(true);
      expect(seen).toEqual(["handler true false"]);
      expect(platform.interrupts.inHandler()).toBe(false);
      expect(platform.interrupts.disable()).toBe(true);
      pc.pic.raise(0);
      platform.interrupts.waitForInterrupt(); // STI; HLT takes it; returns with interrupts off
      expect(seen.length).toBe(2);
      expect(pc.machine.interruptsEnabled).toBe(false);
    });

    test("preemption: sections nest; a requested switch runs at the last enable, with interrupts off", () => {
      const { pc, platform } = boot();
      const log: string[] = [];
      platform.preemption.setSwitchHook(() => log.push(`switch ${pc.machine.interruptsEnabled}`));
      platform.interrupts.restore(true);
      platform.preemption.disable();
      platform.preemption.disable();
      expect(platform.preemption.depth()).toBe(2);
      platform.preemption.requestIsr();
      platform.preemption.enable();
      expect(log).toEqual([]);
      platform.preemption.enable();
      expect(log).toEqual(["switch false"]);
      expect(pc.machine.interruptsEnabled).toBe(true);
      expect(platform.preemption.depth()).toBe(0);
    });

    test("contexts: slot 0 runs; prepared slots are switched to (interrupts off) and released", () => {
      const { pc, platform } = boot();
      expect(platform.contexts.capacity()).toBeGreaterThanOrEqual(64);
      let started = 0;
      platform.contexts.prepare(3, 0x10000, 0x14000, () => started++, "w1\u00e9");
      expect(pc.machine.contexts.name(3)).toBe("w1?");
      platform.interrupts.disable();
      platform.contexts.switchTo(0, 3);
      platform.contexts.switchTo(3, 0);
      expect(pc.machine.contexts.switches.map((x) => `${x.from}>${x.to}`)).toEqual(["0>3", "3>0"]);
      pc.machine.contexts.entry(3)!();
      expect(started).toBe(1);
      platform.contexts.release(3);
      expect(pc.machine.contexts.isLive(3)).toBe(false);
    });

    test("guard pages: the first in a 2 MiB region takes a table to split it, the next does not", () => {
      const { pc, platform } = boot();
      expect(platform.guards.needsTable(0x400000)).toBe(true);
      expect(platform.guards.protect(0x400000, 0x5000)).toBe(true);
      expect(platform.guards.needsTable(0x401000)).toBe(false);
      expect(platform.guards.protect(0x401000, 0)).toBe(false);
      expect(pc.machine.guards.unmappedCount()).toBe(2);
      platform.guards.unprotect(0x400000);
      expect(pc.machine.guards.isUnmapped(0x400000)).toBe(false);
    });

    test("the console is a 16550 on COM1 at 115200 8N1", () => {
      const { pc, platform } = boot();
      platform.console.init();
      platform.console.write(new Uint8Array([0x68, 0x69, 0x0a]));
      platform.console.flush();
      expect(pc.com1.text()).toBe("hi\n");
      expect(pc.com1.lineSettings()).toBe("115200 8N1");
      expect(pc.com1.overruns).toBe(0);
    });
  });
}

import { describe, expect, test } from "vitest";
import { SimBootLoader, SimMemoryRegion, SimModule } from "../../arch/sim/multiboot";
import { createSimPc, SimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { MultibootInfo, parseMultiboot } from "./multiboot";
import { usableMemory } from "./usable-memory";

const MIB = 0x100000;
const RAM = 8 * MIB;

function boot(configure: (loader: SimBootLoader) => void, infoAddress = 0x9500): { pc: SimPc; info: MultibootInfo; end: number } {
  const pc = createSimPc();
  const loader = new SimBootLoader();
  loader.addPcMemoryMap(RAM);
  configure(loader);
  const end = loader.load(pc.machine, infoAddress, MIB, 0x180000);
  const info = parseMultiboot(createSimPlatform(pc).memory, infoAddress);
  return { pc, info, end };
}

const ranges = (info: MultibootInfo, start: number, end: number) =>
  usableMemory(info, start, end, RAM).ranges().map((r) => [r.base, r.end()]);

describe("parseMultiboot", () => {
  test("reads flags, memory bounds, command line, loader name and the memory map", () => {
    const { info } = boot((l) => (l.commandLine = "/build/hello.elf quiet -n 3"));
    expect(info.problem).toBe("");
    expect(info.flags).toBe((1 << 0) | (1 << 2) | (1 << 6) | (1 << 9));
    expect([info.memLowerKiB, info.memUpperKiB]).toEqual([639, 7168]);
    expect(info.commandLine).toBe("/build/hello.elf quiet -n 3");
    expect(info.bootLoaderName).toBe("yao sim");
    expect(info.memoryMap.map((e) => [e.base, e.length, e.type])).toEqual([
      [0, 0x9fc00, 1],
      [0x9fc00, 0x400, 2],
      [0xf0000, 0x10000, 2],
      [MIB, RAM - MIB, 1],
    ]);
  });

  test("reads 64-bit bases and lengths and entries larger than 20 bytes", () => {
    const { info } = boot((l) => {
      l.regions.push(new SimMemoryRegion(0x100000000, 0x40000000 + 4096, 1));
      l.memoryMapEntrySize = 28;
    });
    expect(info.problem).toBe("");
    expect(info.memoryMap.length).toBe(5);
    expect(info.memoryMap[4].base).toBe(0x100000000);
    expect(info.memoryMap[4].length).toBe(0x40001000);
    expect(info.memoryMap[3].base).toBe(MIB);
  });

  test("reads modules with their names and records where the structures lie", () => {
    const { info, end } = boot((l) => {
      l.commandLine = "k";
      l.modules.push(new SimModule(0x200000, 0x201234, "initrd.tar"));
      l.modules.push(new SimModule(0x300000, 0x300100, "config"));
    });
    expect(info.modules.map((m) => [m.start, m.end, m.name])).toEqual([
      [0x200000, 0x201234, "initrd.tar"],
      [0x300000, 0x300100, "config"],
    ]);
    for (const range of info.occupied) {
      expect(range.base).toBeGreaterThanOrEqual(0x9500);
      expect(range.end()).toBeLessThanOrEqual(end);
    }
    expect(info.occupied.length).toBe(7);
  });

  test("without flag bits the fields are not read", () => {
    const { info } = boot((l) => {
      l.passMemoryMap = false;
      l.loaderName = null;
    });
    expect([info.hasCommandLine, info.memoryMap.length, info.bootLoaderName]).toEqual([false, 0, ""]);
    expect(info.hasMemoryBounds).toBe(true);
  });

  test("reports structures outside memory instead of reading them", () => {
    const pc = createSimPc();
    const info = parseMultiboot(createSimPlatform(pc).memory, RAM - 16);
    expect(info.problem).toMatch(/information structure at 0x7ffff0 .* outside mapped memory/);
  });

  test("reports a corrupt memory map entry and keeps the entries before it", () => {
    const pc = createSimPc();
    const loader = new SimBootLoader();
    loader.addPcMemoryMap(RAM);
    loader.load(pc.machine, 0x9500, MIB, 0x180000);
    const mmapAddress = pc.machine.ram.data.getUint32(0x9500 + 48, true);
    pc.machine.ram.data.setUint32(mmapAddress + 48, 3, true);
    const info = parseMultiboot(createSimPlatform(pc).memory, 0x9500);
    expect(info.memoryMap.length).toBe(2);
    expect(info.problem).toBe("memory map entry at offset 48 has size 3");
  });

  test("cuts an unterminated command line at 4 KiB", () => {
    const { pc } = boot((l) => (l.commandLine = "x"));
    const cmdline = pc.machine.ram.data.getUint32(0x9500 + 16, true);
    pc.machine.ram.bytes.fill(0x61, cmdline, cmdline + 5000);
    const info = parseMultiboot(createSimPlatform(pc).memory, 0x9500);
    expect(info.commandLine.length).toBe(4096);
  });
});

describe("usableMemory", () => {
  test("excludes page 0, the legacy hole, the image and the loader's structures", () => {
    const { info, end } = boot((l) => (l.commandLine = "hello"), 0x9500);
    expect(end).toBeLessThan(0xa000);
    expect(ranges(info, MIB, 0x180000)).toEqual([
      [0x1000, 0x9000],
      [0xa000, 0x9f000],
      [0x180000, RAM],
    ]);
  });

  test("excludes structures and modules placed after the image, as QEMU places them", () => {
    const { info } = boot((l) => {
      l.commandLine = "/hello.elf a b";
      l.modules.push(new SimModule(0x190000, 0x1a0800, "initrd"));
    }, 0x181000);
    const usable = ranges(info, MIB, 0x180000);
    expect(usable[1]).toEqual([0x180000, 0x181000]);
    expect(usable[2]).toEqual([0x182000, 0x190000]);
    expect(usable[3]).toEqual([0x1a1000, RAM]);
  });

  test("falls back to mem_lower and mem_upper without a memory map", () => {
    const { info } = boot((l) => (l.passMemoryMap = false), 0x9500);
    expect(ranges(info, MIB, 0x180000)).toEqual([
      [0x1000, 0x9000],
      [0xa000, 0x9f000],
      [0x180000, RAM],
    ]);
  });

  test("a reserved entry inside an available one wins, and memory above the limit is cut", () => {
    const { info } = boot((l) => {
      l.regions.push(new SimMemoryRegion(0x400000, 0x1000, 2));
      l.regions.push(new SimMemoryRegion(0x100000000, 0x100000000, 1));
    });
    const usable = usableMemory(info, MIB, 0x180000, 0x100000000);
    expect(usable.ranges().map((r) => [r.base, r.end()]).slice(2)).toEqual([
      [0x180000, 0x400000],
      [0x401000, RAM],
    ]);
  });
});

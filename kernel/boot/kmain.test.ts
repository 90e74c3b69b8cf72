import { afterEach, describe, expect, test } from "vitest";
import { SimBootLoader, SimModule } from "../../arch/sim/multiboot";
import { createSimPc, SimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { createBuddyAllocator } from "../alloc/buddy/buddy";
import { createRegionAllocator } from "../alloc/region/region";
import { createTlsfAllocator } from "../alloc/tlsf/tlsf";
import { createCoopScheduler } from "../sched/coop/coop";
import { main as hello } from "../../apps/hello/main";
import { bindShim, clock_gettime, CLOCK_MONOTONIC } from "../shim/shim";
import { print } from "../shim/print";
import { kernelHeap } from "./heap";
import { kmain } from "./kmain";
import { AllocatorConstructor, AppMain, BootModules } from "./modules";
import { appArguments } from "./steps";

const RAM = 8 * 1024 * 1024;

afterEach(() => bindShim(null));

/** A simulated PC loaded like QEMU loads build/<app>.elf with `-append`. */
function loadedPc(append: string, configure: (l: SimBootLoader) => void = () => {}): SimPc {
  const pc = createSimPc();
  const loader = new SimBootLoader();
  loader.addPcMemoryMap(RAM);
  loader.commandLine = append === "" ? "/build/hello.elf" : `/build/hello.elf ${append}`;
  configure(loader);
  loader.load(pc.machine, 0x9500, 0x100000, 0x180000);
  return pc;
}

function run(pc: SimPc, app: AppMain = hello, alloc: AllocatorConstructor = createTlsfAllocator): number {
  return kmain(createSimPlatform(pc), new BootModules("0.1.0", "alloc=tlsf", alloc, createCoopScheduler, app));
}

describe("kmain", () => {
  test("boots hello: banner, greeting, exit status 0", () => {
    const pc = loadedPc("");
    expect(run(pc)).toBe(0);
    const lines = pc.com1.text().split("\n");
    expect(lines[0]).toMatch(/^yao 0\.1\.0 \[alloc=tlsf\] 7\.1 MiB usable, main at \d+ us$/);
    expect(lines.slice(1)).toEqual(["Hello from yao!", ""]);
    expect([pc.machine.exitStatus, pc.machine.exitCount]).toEqual([0, 1]);
  });

  test("the boot time in the banner covers calibration (about 5 ms) from the boot TSC", () => {
    const pc = loadedPc("");
    run(pc);
    const micros = Number(/main at (\d+) us/.exec(pc.com1.text())![1]);
    expect(micros).toBeGreaterThan(5000);
    expect(micros).toBeLessThan(6000);
  });

  test("passes the words after the image name, and `quiet` drops the banner", () => {
    const pc = loadedPc("quiet  world   again");
    let seen: string[] = [];
    run(pc, (argv) => ((seen = argv), hello(argv)));
    expect(seen).toEqual(["quiet", "world", "again"]);
    expect(pc.com1.text()).toBe("Hello from yao, quiet world again!\n");
  });

  test("main's return value is the exit status", () => {
    const pc = loadedPc("quiet");
    expect(run(pc, () => 42)).toBe(42);
    expect(pc.machine.exitStatus).toBe(42);
  });

  test("the app can use the shim: monotonic time is past boot", () => {
    const pc = loadedPc("quiet");
    run(pc, () => {
      print(clock_gettime(CLOCK_MONOTONIC) > 5e6 ? "late enough" : "too early");
      return 0;
    });
    expect(pc.com1.text()).toBe("late enough\n");
  });

  for (const [name, create] of [["region", createRegionAllocator], ["buddy", createBuddyAllocator], ["tlsf", createTlsfAllocator]] as const) {
    test(`the selected allocator (${name}) manages the largest usable range`, () => {
      const pc = loadedPc("quiet", (l) => l.modules.push(new SimModule(0x200000, 0x210000, "initrd")));
      let block = 0;
      let before = 0;
      run(pc, () => {
        before = kernelHeap()!.statistics().allocationCount; // the idle thread's stack and a page table
        block = kernelHeap()!.allocate(4096, 16);
        return 0;
      }, create);
      expect(block).toBeGreaterThanOrEqual(0x210000);
      expect(block).toBeLessThan(RAM);
      expect(kernelHeap()!.statistics().allocationCount).toBe(before + 1);
    });
  }
});

describe("kmain panics", () => {
  test("without the multiboot magic", () => {
    const pc = loadedPc("");
    pc.machine.multibootMagic = 0x1badb002;
    expect(run(pc)).toBe(127);
    expect(pc.com1.text()).toBe("yao: panic: not started by a multiboot v1 loader (magic 0x1badb002)\n");
    expect(pc.machine.exitStatus).toBe(127);
  });

  test("on corrupt multiboot information", () => {
    const pc = loadedPc("");
    pc.machine.ram.data.setUint32(0x9500 + 44, 1 << 20, true);
    expect(run(pc)).toBe(127);
    expect(pc.com1.text()).toMatch(/^yao: panic: bad multiboot information: mmap_length 1048576/);
  });

  test("when no RAM is usable", () => {
    const pc = loadedPc("", (l) => {
      l.regions.length = 0;
      l.passMemoryMap = true;
      l.memLowerKiB = 0;
      l.memUpperKiB = 0;
    });
    expect(run(pc)).toBe(127);
    expect(pc.com1.text()).toBe("yao: panic: no usable memory for the allocator\n");
  });
});

describe("appArguments", () => {
  test("splits on runs of spaces and drops the image name", () => {
    expect(appArguments("")).toEqual([]);
    expect(appArguments("/hello.elf")).toEqual([]);
    expect(appArguments("  /hello.elf  a bb   c ")).toEqual(["a", "bb", "c"]);
  });
});

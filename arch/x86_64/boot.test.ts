/**
 * boot.test.ts: boots the arch test program (test/selftest.c, standing in for compiled
 * TypeScript) in QEMU under TCG, one boot per behaviour chosen with `test=<name>` on the
 * multiboot command line, and checks serial output and exit status. Prints the wall time of
 * every boot at the end.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { bootImage, type BootResult } from "../../tools/qemu/run";
import { REPO_ROOT, buildImage } from "../../tools/qemu/image";

const ELF = join(REPO_ROOT, "build/arch-x86_64-test/selftest.elf");
const BOOT_WALL_LIMIT_MS = 3000; // typically ~0.1 s; the limit only catches hangs and regressions
const wallTimes: [string, number][] = [];

async function boot(cmdline: string, mem?: string): Promise<BootResult> {
  const r = await bootImage({ elf: ELF, cmdline, mem, timeoutMs: 15_000 });
  wallTimes.push([cmdline, r.wallMs]);
  expect(r.wallMs).toBeLessThan(BOOT_WALL_LIMIT_MS);
  return r;
}

function expectExit(r: BootResult, status: number): void {
  expect({ end: r.end, status: r.status, stderr: r.stderr }).toEqual({ end: "exit", status, stderr: "" });
}

beforeAll(async () => {
  await buildImage({ sources: [join(REPO_ROOT, "arch/x86_64/test/selftest.c")], out: ELF });
}, 120_000);

afterAll(() => {
  const lines = wallTimes.map(([c, ms]) => `  ${ms.toFixed(0).padStart(5)} ms  ${c}`);
  console.log(`QEMU boot wall times (whole process, TCG):\n${lines.join("\n")}`);
});

describe("x86_64 boot (QEMU, TCG)", { timeout: 30_000 }, () => {
  test("prints and powers off with status 0", async () => {
    const r = await boot("test=hello");
    expectExit(r, 0);
    expect(r.output).toBe("hello from yao_start\n");
  });

  test("yao_arch_exit(3) reaches the host as status 3", async () => {
    expectExit(await boot("test=exit status=3"), 3);
  });

  test("statuses outside 1..126 say so and become 126", async () => {
    for (const status of [127, 200, -5]) {
      const r = await boot(`test=exit status=${status}`);
      expectExit(r, 126);
      expect(r.output).toContain(`exit status ${status} does not fit in 1..126; exiting with 126`);
    }
  });

  test("the multiboot command line reaches C", async () => {
    const r = await boot("test=cmdline some=words here");
    expectExit(r, 0);
    expect(r.output).toBe(`cmdline: ${ELF} test=cmdline some=words here\n`);
  });

  test("boot facts: TSC at entry, magic, image bounds, memory map", async () => {
    const r = await boot("test=info");
    expectExit(r, 0);
    expect(r.output).toContain("boot tsc ok\n");
    expect(r.output).toContain("magic 0x2badb002\n");
    expect(r.output).toMatch(/image 0x00100000 0x[0-9a-f]{5}000\n/);
    expect(r.output).toMatch(/mmap 0x00100000 len 0x[0-9a-f]+ type 1\n/);
  });

  test("panic prints the message and exits 127", async () => {
    const r = await boot("test=panic");
    expectExit(r, 127);
    expect(r.output).toBe("panic: selftest asked for it\n");
  });

  test("integer divide by zero: vector 0, faulting function and caller, status 127", async () => {
    const r = await boot("test=divzero");
    expectExit(r, 127);
    expect(r.output).toContain("panic: CPU exception 0 (#DE divide error)");
    expect(r.output).toMatch(/\n  in arch_test_selftest__divide\+0x[0-9a-f]+\/0x[0-9a-f]+\n/);
    expect(r.output).toMatch(/called from:\n    yao_start\+0x[0-9a-f]+/);
    for (const reg of ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8 ", "r15", "rip", "rsp", "rfl", "cr2"]) {
      expect(r.output).toContain(`  ${reg} 0x`);
    }
  });

  test("access above the 4 GiB identity map: page fault with CR2, status 127", async () => {
    const r = await boot("test=unmapped");
    expectExit(r, 127);
    expect(r.output).toContain("panic: CPU exception 14 (#PF page fault), error code 0x0");
    expect(r.output).toContain("in arch_test_selftest__read_unmapped+0x");
    expect(r.output).toContain("page not present, read at cr2 0x0000000140000000");
    expect(r.output).toContain("cr2 0x0000000140000000");
  });

  test("null pointer: page 0 is unmapped", async () => {
    const r = await boot("test=null");
    expectExit(r, 127);
    expect(r.output).toContain("page not present, read at cr2 0x0000000000000008");
  });

  test("stack overflow hits the guard page and is reported from the IST stack", async () => {
    const r = await boot("test=stack");
    expectExit(r, 127);
    expect(r.output).toContain("panic: CPU exception 8 (#DF double fault)");
    expect(r.output).toContain("in arch_test_selftest__recurse+0x");
    expect(r.output).toContain("boot stack overflow");
  });

  test("an installed handler runs and returns; registers and SSE state survive", async () => {
    const r = await boot("test=irq");
    expectExit(r, 0);
    expect(r.output).toBe("irq: ok\n");
  });

  test("an interrupt without a handler is reported, status 127", async () => {
    const r = await boot("test=unexpected");
    expectExit(r, 127);
    expect(r.output).toContain("panic: unexpected interrupt, vector 80 (no handler installed)");
    expect(r.output).toContain("while in yao_start+0x");
  });

  test("thread contexts: switches between three stacks keep registers and doubles", async () => {
    const r = await boot("test=threads");
    expectExit(r, 0);
    expect(r.output).toBe("a1 b1 a2 main: ok, stacks 3\n");
  });

  test("a thread's stack overflow hits its guard page and the report names the thread", async () => {
    const r = await boot("test=threadstack");
    expectExit(r, 127);
    expect(r.output).toContain("panic: CPU exception 8 (#DF double fault)");
    expect(r.output).toContain("in arch_test_selftest__recurse+0x");
    expect(r.output).toMatch(/thread stack overflow: thread 'selftest-a' \(slot 1\) ran into the guard page below its 16 KiB stack at 0x[0-9a-f]+000\n/);
    expect(r.output).not.toContain("fault while printing");
  });

  test("SSE is on: double arithmetic works", async () => {
    const r = await boot("test=sse");
    expectExit(r, 0);
    expect(r.output).toBe("sse: 3375\n");
  });

  test("a triple fault is not mistaken for a clean poweroff", async () => {
    const r = await boot("test=triple");
    expect(r.end).toBe("triple-fault");
    expect(r.status).toBeNull();
  });

  test("RAM above 4 GiB appears in the memory map (mapping it is the kernel's job)", async () => {
    const r = await boot("test=info", "5G");
    expectExit(r, 0);
    expect(r.output).toMatch(/mmap 0x100000000 len 0x[0-9a-f]+ type 1\n/);
  });
});

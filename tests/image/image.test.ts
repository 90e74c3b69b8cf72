// Image tests: real kernel images booted in QEMU (TCG): the exit status convention, fault
// reports, argv, static module selection (checked on the symbol table) and bad selections.
import { describe, test, expect } from "vitest";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildApp } from "../../tools/build/image";
import { bootImage } from "../../tools/qemu/run";
import { SelectionError } from "../../tools/build/selection";

const root = path.resolve(__dirname, "../..");
const app = (name: string) => path.join("tests", "image", "apps", name);
const elf = (name: string) => path.join(root, "build", "image-tests", `${name}.elf`);

async function boot(name: string, appDir: string, opts: { modules?: string; cmdline?: string; mem?: string } = {}) {
  const image = await buildApp(appDir, opts.modules ?? "", elf(name));
  return bootImage({ elf: image.elf, cmdline: opts.cmdline ?? "", mem: opts.mem ?? "128M", timeoutMs: 30000 });
}

function symbols(file: string): string {
  return execFileSync("nm", [file], { maxBuffer: 64 << 20 }).toString();
}

describe("kernel images under QEMU", () => {
  test.concurrent("hello boots, prints its line and exits 0", async () => {
    const r = await boot("hello", "apps/hello");
    expect(r.output).toMatch(/^yao \d+\.\d+\.\d+ \[alloc=tlsf sched=coop\] [\d.]+ MiB usable, main at \d+ us$/m);
    expect(r.output).toContain("Hello from yao!");
    expect(r.status).toBe(0);
  });

  test.concurrent("quiet on the command line suppresses the banner", async () => {
    const r = await boot("hello-quiet", "apps/hello", { cmdline: "quiet" });
    expect(r.output).not.toMatch(/^yao \d/m);
    expect(r.status).toBe(0);
  });

  test.concurrent("main's return value becomes QEMU's exit status", async () => {
    const r = await boot("exit3", app("exit3"));
    expect(r.output).toContain("returning 3");
    expect(r.status).toBe(3);
  });

  test.concurrent("exit(n) from the shim ends the kernel with n", async () => {
    const r = await boot("shimexit", app("shimexit"));
    expect(r.output).toContain("exiting with 5");
    expect(r.output).not.toContain("not reached");
    expect(r.status).toBe(5);
  });

  test.concurrent("the command line reaches main as argv", async () => {
    const r = await boot("argv", app("argv"), { cmdline: "alpha beta gamma" });
    expect(r.output).toContain("argc=3");
    expect(r.output).toContain("argv[0]=alpha");
    expect(r.output).toContain("argv[2]=gamma");
    expect(r.status).toBe(0);
  });

  test.concurrent("an integer divide by zero is reported with the TypeScript function, status 127", async () => {
    const r = await boot("divzero", app("divzero"));
    expect(r.output).toContain("dividing");
    expect(r.output).toMatch(/CPU exception 0 \(#DE/);
    expect(r.output).toMatch(/in tests_image_apps_divzero_main__main\+0x/);
    expect(r.output).toMatch(/rip 0x[0-9a-f]+/);
    expect(r.status).toBe(127);
  });

  test.concurrent("an unmapped read is a page fault report with CR2, status 127", async () => {
    const r = await boot("pagefault", app("pagefault"));
    expect(r.output).toMatch(/CPU exception 14 \(#PF/);
    expect(r.output).toMatch(/cr2 0x0000000500000000/);
    expect(r.status).toBe(127);
  });

  test.concurrent("an allocation-heavy app runs on each allocator", async () => {
    const results = [];
    for (const alloc of ["region", "buddy", "tlsf"]) {
      results.push(await boot(`allocheavy-${alloc}`, app("allocheavy"), { modules: `alloc=${alloc}` }));
    }
    const sums = results.map((r) => /checksum (\d+)/.exec(r.output)?.[1]);
    expect(sums[0]).toBeDefined();
    expect(new Set(sums).size).toBe(1);
    for (const r of results) expect(r.status).toBe(0);
  }, 120000);
});

describe("static module selection", () => {
  test("only the selected allocator is in the image", async () => {
    const tlsf = await buildApp("apps/hello", "alloc=tlsf", elf("sel-tlsf"));
    const buddy = await buildApp("apps/hello", "alloc=buddy", elf("sel-buddy"));
    const t = symbols(tlsf.elf), b = symbols(buddy.elf);
    expect(t).toMatch(/kernel_alloc_tlsf_/);
    expect(t).not.toMatch(/kernel_alloc_buddy_|kernel_alloc_region_/);
    expect(b).toMatch(/kernel_alloc_buddy_/);
    expect(b).not.toMatch(/kernel_alloc_tlsf_|kernel_alloc_region_/);
  }, 60000);

  test("an unknown implementation stops the build and lists the choices", async () => {
    await expect(buildApp("apps/hello", "alloc=nonesuch", elf("bad"))).rejects.toThrow(SelectionError);
    await expect(buildApp("apps/hello", "alloc=nonesuch", elf("bad"))).rejects.toThrow(/region, buddy, tlsf/);
  });

  test("an unknown kind stops the build and lists the kinds", async () => {
    await expect(buildApp("apps/hello", "scheduler=coop", elf("bad"))).rejects.toThrow(/unknown .*kind.*alloc/i);
  });
});

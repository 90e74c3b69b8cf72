import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { SimBootLoader } from "../../arch/sim/multiboot";
import { installMachine, uninstallMachine } from "../../arch/sim/installed";
import { createSimPc } from "../../arch/sim/pc";
import { createSimPlatform } from "../../arch/sim/platform";
import { bindShim } from "../../kernel/shim/shim";
import { kmain } from "../../kernel/boot/kmain";
import { BootModules } from "../../kernel/boot/modules";
import { renderEntry, renderSelection } from "./generate";
import { listModules, REGISTRY } from "./registry";
import { parseAppConfig, parseOverride, resolveSelection, SelectionError, summarize } from "./selection";
import { runCli, selectModules } from "./modules";

const root = path.resolve(__dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "yao-modules-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SelectionError);
    return (e as Error).message;
  }
  throw new Error("expected a SelectionError");
};

function cli(...args: string[]): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  const status = runCli(args, (t) => (out += t), (t) => (err += t));
  return { status, out, err };
}

describe("registry", () => {
  test("every implementation's file exists and exports its constructor", () => {
    for (const kind of REGISTRY) {
      expect(kind.implementations.map((i) => i.name)).toContain(kind.defaultImplementation);
      for (const impl of kind.implementations) {
        const text = fs.readFileSync(path.join(root, `${impl.file}.ts`), "utf8");
        expect(text).toContain(`export function ${impl.constructorName}(`);
      }
    }
  });

  test("listModules shows kinds, one line per implementation, and the default", () => {
    const text = listModules();
    expect(text.split("\n")[0]).toBe("alloc: the kernel heap's allocator, over the largest usable RAM range");
    expect(text).toMatch(/^ {2}region {2}bump allocator/m);
    expect(text).toMatch(/^ {2}buddy {3}binary buddy/m);
    expect(text).toMatch(/^ {2}tlsf {4}two-level segregated fit.*\(default\)$/m);
  });
});

describe("yao.json and overrides", () => {
  test("parseAppConfig accepts the modules object and rejects anything else", () => {
    expect(parseAppConfig('{ "modules": { "alloc": "tlsf" } }', "x")).toEqual({ alloc: "tlsf" });
    expect(parseAppConfig("{}", "x")).toEqual({});
    expect(errorOf(() => parseAppConfig("{", "y.json"))).toMatch(/^y\.json: not valid JSON/);
    expect(errorOf(() => parseAppConfig("[]", "y.json"))).toMatch(/expected an object/);
    expect(errorOf(() => parseAppConfig('{ "modulez": {} }', "y.json"))).toBe("y.json: unknown key 'modulez'; valid keys: modules");
    expect(errorOf(() => parseAppConfig('{ "modules": { "alloc": 3 } }', "y.json"))).toBe("y.json: modules.alloc must be a string");
  });

  test("parseOverride splits kind=implementation words", () => {
    expect(parseOverride("  alloc=buddy  sched=coop ")).toEqual([["alloc", "buddy"], ["sched", "coop"]]);
    expect(parseOverride("")).toEqual([]);
    expect(errorOf(() => parseOverride("buddy"))).toBe("override 'buddy': write kind=implementation, e.g. alloc=buddy");
    expect(errorOf(() => parseOverride("alloc=a=b"))).toMatch(/write kind=implementation/);
    expect(errorOf(() => parseOverride("alloc=tlsf alloc=buddy"))).toBe("override: 'alloc' is given twice");
  });

  test("override beats yao.json beats the default", () => {
    const pick = (config: Record<string, string>, override = "") =>
      resolveSelection("hello", config, override).choices.map((c) => `${c.kind.name}=${c.implementation.name}(${c.source})`);
    expect(pick({})).toEqual(["alloc=tlsf(default)", "sched=coop(default)"]);
    expect(pick({ alloc: "region" })).toEqual(["alloc=region(yao.json)", "sched=coop(default)"]);
    expect(pick({ alloc: "region", sched: "preempt" }, "alloc=buddy")).toEqual(["alloc=buddy(override)", "sched=preempt(yao.json)"]);
  });

  test("unknown kinds and implementations list the valid choices", () => {
    expect(errorOf(() => resolveSelection("hello", {}, "alloc=buddy scheduler=coop"))).toBe(
      "override: unknown module kind 'scheduler'; valid kinds: alloc, sched",
    );
    expect(errorOf(() => resolveSelection("hello", { alloc: "slab" }))).toBe(
      "apps/hello/yao.json: unknown alloc implementation 'slab'; valid: region, buddy, tlsf",
    );
  });
});

describe("generated boot wiring", () => {
  const selection = resolveSelection("hello", { alloc: "buddy" });
  const outDir = path.join(root, "build", "hello");

  test("selection.ts imports only the chosen implementations", () => {
    const text = renderSelection(selection, root, outDir, "0.1.0");
    expect(text).toContain('import { createBuddyAllocator } from "../../kernel/alloc/buddy/buddy"; // alloc, from yao.json');
    expect(text).toContain('import { main } from "../../apps/hello/main";');
    expect(text).toContain('return new BootModules("0.1.0", "alloc=buddy sched=coop", createBuddyAllocator, createCoopScheduler, main);');
    expect(text).not.toMatch(/tlsf|region/);
  });

  test("entry.ts runs kmain on the x86_64 platform", () => {
    const text = renderEntry(selection, root, outDir);
    expect(text).toContain('import { createX86Platform } from "../../arch/x86_64/platform";');
    expect(text.trim().split("\n").pop()).toBe("kmain(createX86Platform(), selectedModules());");
  });

  test("the generated selection boots hello on the simulated PC", async () => {
    const dir = path.join(scratch, "sim");
    selectModules("hello", "alloc=region", root, dir);
    const generated = (await import(path.join(dir, "selection.ts"))) as { selectedModules(): BootModules };
    const pc = loadedPc();
    expect(kmain(createSimPlatform(pc), generated.selectedModules())).toBe(0);
    bindShim(null);
    expect(pc.com1.text()).toMatch(/^yao 0\.1\.0 \[alloc=region sched=coop\] .*\nHello from yao, from the entry!\n$/);
  });

  test("the generated entry boots hello through the x86_64 intrinsics", async () => {
    const dir = path.join(scratch, "x86");
    selectModules("hello", "", root, dir);
    const pc = loadedPc();
    installMachine(pc.machine);
    try {
      await import(path.join(dir, "entry.ts"));
    } finally {
      uninstallMachine();
      bindShim(null);
    }
    expect(pc.com1.text()).toMatch(/^yao 0\.1\.0 \[alloc=tlsf sched=coop\] .*\nHello from yao, from the entry!\n$/);
    expect(pc.machine.exitStatus).toBe(0);
  });
});

describe("CLI", () => {
  test("list prints the registry", () => {
    expect(cli("list")).toEqual({ status: 0, out: listModules(), err: "" });
  });

  test("select writes the files and prints the selection", () => {
    const dir = path.join(scratch, "cli");
    const result = cli("select", "hello", "alloc=buddy", "--out", dir);
    expect(result).toEqual({ status: 0, out: "hello: alloc=buddy sched=coop\n", err: "" });
    expect(fs.readFileSync(path.join(dir, "selection.ts"), "utf8")).toContain("createBuddyAllocator");
    expect(fs.existsSync(path.join(dir, "entry.ts"))).toBe(true);
  });

  test("mistakes exit 1 with the valid choices; bad usage exits 2", () => {
    expect(cli("select", "hello", "alloc=slab", "--out", path.join(scratch, "bad"))).toEqual({
      status: 1,
      out: "",
      err: "yao: override: unknown alloc implementation 'slab'; valid: region, buddy, tlsf\n",
    });
    expect(cli("select", "nope").err).toMatch(/^yao: no app 'nope' \(apps\/nope\/main.ts\); apps: (.*, )?hello(,|\n)/);
    expect(cli("frobnicate").status).toBe(2);
  });

  test("summarize is what the banner shows", () => {
    expect(summarize(resolveSelection("hello", {}))).toBe("alloc=tlsf sched=coop");
  });
});

function loadedPc() {
  const pc = createSimPc();
  const loader = new SimBootLoader();
  loader.addPcMemoryMap(8 * 1024 * 1024);
  loader.commandLine = "/build/hello.elf from the entry";
  loader.load(pc.machine, 0x9500, 0x100000, 0x180000);
  return pc;
}

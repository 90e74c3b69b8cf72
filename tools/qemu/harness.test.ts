/**
 * harness.test.ts: unit tests for the QEMU harness's pure parts: the symbol table generator
 * (symtab.ts), QEMU exit-status translation (run.ts) and the multiboot layout check (image.ts).
 * Booting real images is tested in arch/x86_64/boot.test.ts.
 */
import { describe, expect, test } from "vitest";
import { parseNm, symtabAssembly } from "./symtab";
import { translateExit } from "./run";
import { checkMultibootLayout } from "./image";

describe("symtab", () => {
  const nm = [
    "0000000000100000 T __yao_image_start",
    "0000000000100020 T yao_arch_start32",
    "0000000000100100 t start64",
    "0000000000101000 0000000000000010 t isr_alias",
    "0000000000101000 0000000000000010 T kernel_boot_kmain__kmain",
    "0000000000101010 0000000000000006 W memset",
    "0000000000102000 R yao_arch_isr_stub_table",
    "0000000000103000 0000000000000008 D yao_arch_boot_tsc",
    "",
  ].join("\n");

  test("keeps defined functions, one per address, preferring sized and global names", () => {
    expect(parseNm(nm).map((s) => [s.addr.toString(16), s.size.toString(16), s.name])).toEqual([
      ["100020", "0", "yao_arch_start32"],
      ["100100", "0", "start64"],
      ["101000", "10", "kernel_boot_kmain__kmain"],
      ["101010", "6", "memset"],
    ]);
  });

  test("emits a sorted table with a count", () => {
    const asm = symtabAssembly(parseNm(nm));
    expect(asm).toContain("yao_arch_symtab_count: .quad 4");
    expect(asm).toContain(".quad 0x101000, 0x10, .Lname2");
    expect(asm).toContain('.Lname2: .asciz "kernel_boot_kmain__kmain"');
  });
});

describe("QEMU exit status", () => {
  test.each([
    [0, false, "exit", 0],
    [0, true, "triple-fault", null],
    [7, false, "exit", 3],
    [255, false, "exit", 127],
    [1, false, "qemu-error", null],
    [2, false, "qemu-error", null],
    [null, false, "qemu-error", null],
  ])("raw %s (triple fault: %s) is %s with status %s", (raw, triple, end, status) => {
    expect(translateExit(raw, triple)).toEqual({ end, status });
  });
});

describe("multiboot layout check", () => {
  test("rejects a file without a header", () => {
    expect(() => checkMultibootLayout(Buffer.alloc(16384), "empty")).toThrow(/no multiboot header/);
  });
});

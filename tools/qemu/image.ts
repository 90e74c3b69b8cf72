/**
 * image.ts: builds bootable x86_64 images: compiles the arch layer (arch/x86_64/*.c, *.S)
 * and links it with a program's objects through linker.ld, in two passes so the image carries
 * a symbol table for fault reports (symtab.ts). The compiler driver imports KERNEL_CFLAGS,
 * compileArch and linkImage; arch/x86_64/boot.test.ts uses buildImage for the arch test
 * program. As a command: `tsx tools/qemu/image.ts -o out.elf prog.c [more.c ...]`.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { availableParallelism } from "node:os";
import { parseNm, symtabAssembly } from "./symtab";

const run = promisify(execFile);

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ARCH_DIR = join(REPO_ROOT, "arch/x86_64");
export const LINKER_SCRIPT = join(REPO_ROOT, "linker.ld");

/** gcc flags for every C file that goes into an image: arch layer, runtime, compiled TS. */
export const KERNEL_CFLAGS = [
  "-O2",
  // No padding to align functions, loops and jump targets: about 8 KiB of hello's 91 KiB of
  // code. QEMU's TCG gains nothing from it, and out-of-order CPUs little on this code.
  "-falign-functions=1",
  "-falign-jumps=1",
  "-falign-loops=1",
  "-falign-labels=1",
  "-g",
  "-ffreestanding", // no hosted libc; gcc may still call memcpy/memset (arch/x86_64/string.c)
  "-fno-pic",
  "-fno-pie",
  "-mcmodel=small", // the image lives at 1 MiB, well inside the low 2 GiB
  "-mno-red-zone", // interrupts push onto the running stack
  "-fno-stack-protector",
  "-fno-omit-frame-pointer", // fault reports walk the frame pointers for a backtrace
  "-fno-optimize-sibling-calls", // runaway recursion grows the stack as in JavaScript (compiler/driver.ts NO_TAIL_CALLS)
  "-fno-asynchronous-unwind-tables",
  "-ffunction-sections", // a section per function and per object, so that the link can drop
  "-fdata-sections", //     whatever nothing reaches (--gc-sections in LINK_FLAGS)
  "-nostdlib",
  `-I${ARCH_DIR}`,
];

/** The arch layer's own, stricter flags. */
export const ARCH_CFLAGS = [...KERNEL_CFLAGS, "-std=c11", "-Wall", "-Wextra", "-Werror"];

/** gcc as the link driver: static, at linker.ld's fixed address, no crt files or libc. */
export const LINK_FLAGS = [
  "-nostdlib",
  "-static",
  "-no-pie",
  `-Wl,-T,${LINKER_SCRIPT}`,
  "-Wl,-z,max-page-size=0x1000", // keeps the header near the file's start (first 8 KiB)
  "-Wl,--no-warn-rwx-segments", // one RWX segment on purpose: see linker.ld
  "-Wl,--build-id=none",
  "-Wl,--gc-sections", // unreferenced functions and data go: linker.ld KEEPs the header and symbol table
  "-Wl,--orphan-handling=error", // a section linker.ld does not place is an error, not a surprise
];

/** The arch layer's sources, without its tests. */
export function archSources(): string[] {
  return readdirSync(ARCH_DIR)
    .filter((f) => f.endsWith(".c") || f.endsWith(".S"))
    .sort()
    .map((f) => join(ARCH_DIR, f));
}

/** Compiles sources into outDir (object names keep the path, so equal basenames are fine). */
export async function compileC(sources: string[], outDir: string, flags: string[]): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const objects = sources.map((src) => join(outDir, relative(REPO_ROOT, resolve(src)).replace(/[/.]+/g, "_") + ".o"));
  await inParallel(
    sources.map((src, i) => () => gcc([...flags, "-c", src, "-o", objects[i]])),
    availableParallelism(),
  );
  return objects;
}

export function compileArch(outDir: string): Promise<string[]> {
  return compileC(archSources(), outDir, ARCH_CFLAGS);
}

export interface LinkOptions {
  objects: string[];
  out: string;
  workDir?: string; // for the symbol table files; default: beside `out`
}

/**
 * Links twice: first with an empty symbol table, then with the table built from the first
 * image's `nm`. Checks that the second pass moved no function and that QEMU can load it.
 */
export async function linkImage(opts: LinkOptions): Promise<void> {
  const work = opts.workDir ?? dirname(opts.out);
  mkdirSync(work, { recursive: true });
  const stem = join(work, basename(opts.out));
  const firstPass = `${stem}.pass1`;
  await linkWithSymtab(opts.objects, `${stem}.symtab0`, [], firstPass);
  const symbols = parseNm(await nm(firstPass));
  await linkWithSymtab(opts.objects, `${stem}.symtab`, symbols, opts.out);
  const moved = (await nm(opts.out)) !== (await nm(firstPass));
  if (moved) throw new Error(`linkImage: functions moved between link passes of ${opts.out}; see linker.ld`);
  checkMultibootLayout(readFileSync(opts.out), opts.out);
}

async function linkWithSymtab(objects: string[], symtabStem: string, symbols: ReturnType<typeof parseNm>, out: string) {
  writeFileSync(`${symtabStem}.S`, symtabAssembly(symbols));
  await gcc(["-c", `${symtabStem}.S`, "-o", `${symtabStem}.o`]);
  await gcc([...LINK_FLAGS, "-o", out, ...objects, `${symtabStem}.o`]);
}

// Function symbols only: the symbol table itself grows between passes, functions must not.
async function nm(elf: string): Promise<string> {
  const { stdout } = await run("nm", ["-n", "-S", "--defined-only", elf], { maxBuffer: 256 << 20 });
  return stdout
    .split("\n")
    .filter((l) => /^\S+ (\S+ )?[tTwW] /.test(l))
    .join("\n");
}

export interface BuildOptions {
  sources: string[]; // the program's C files (with yao_start)
  out: string;
  workDir?: string; // objects go here; default: <out>.d
  cflags?: string[]; // for the program's files; default: KERNEL_CFLAGS
}

/** Compiles the arch layer and the program, and links them into a bootable image. */
export async function buildImage(opts: BuildOptions): Promise<void> {
  const work = opts.workDir ?? `${opts.out}.d`;
  const [arch, program] = await Promise.all([
    compileArch(join(work, "arch")),
    compileC(opts.sources, join(work, "program"), opts.cflags ?? KERNEL_CFLAGS),
  ]);
  await linkImage({ objects: [...arch, ...program], out: opts.out, workDir: work });
}

// ---------------------------------------------------------------------------------------------
// What QEMU's multiboot loader needs (hw/i386/multiboot.c in QEMU 7.2 behaves as the multiboot
// spec 3.1 says for flag bit 16): the header in the first 8 KiB, 4-aligned, and the file bytes
// from the header's offset on are the image exactly as it must sit in memory.

const MULTIBOOT_MAGIC = 0x1badb002;
const MULTIBOOT_SEARCH_BYTES = 8192;
const PT_LOAD = 1;

export function checkMultibootLayout(file: Buffer, name: string): void {
  const off = findMultibootHeader(file);
  if (off < 0) throw new Error(`${name}: no multiboot header in the first 8 KiB`);
  const [headerAddr, loadAddr, loadEnd, bssEnd] = [12, 16, 20, 24].map((i) => file.readUInt32LE(off + i));
  const loads = programHeaders(file).filter((p) => p.type === PT_LOAD);
  const fits =
    loads.length === 1 &&
    headerAddr === loadAddr &&
    loads[0].offset === off &&
    loads[0].vaddr === loadAddr &&
    loads[0].filesz === loadEnd - loadAddr &&
    loads[0].vaddr + loads[0].memsz <= bssEnd;
  if (!fits) throw new Error(`${name}: the ELF layout does not match its multiboot header; see linker.ld`);
}

function findMultibootHeader(file: Buffer): number {
  for (let off = 0; off + 32 <= Math.min(file.length, MULTIBOOT_SEARCH_BYTES); off += 4) {
    const [magic, flags, sum] = [0, 4, 8].map((i) => file.readUInt32LE(off + i));
    if (magic === MULTIBOOT_MAGIC && ((magic + flags + sum) >>> 0) === 0) return off;
  }
  return -1;
}

interface ProgramHeader {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
}

// ELF-64 header and program headers (System V gABI, "ELF Header", "Program Header").
function programHeaders(file: Buffer): ProgramHeader[] {
  if (file.readUInt32BE(0) !== 0x7f454c46 || file[4] !== 2) throw new Error("not an ELF-64 file");
  const phoff = Number(file.readBigUInt64LE(0x20));
  const phentsize = file.readUInt16LE(0x36);
  const phnum = file.readUInt16LE(0x38);
  const headers: ProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    headers.push({
      type: file.readUInt32LE(p),
      offset: Number(file.readBigUInt64LE(p + 8)),
      vaddr: Number(file.readBigUInt64LE(p + 16)),
      filesz: Number(file.readBigUInt64LE(p + 32)),
      memsz: Number(file.readBigUInt64LE(p + 40)),
    });
  }
  return headers;
}

// ---------------------------------------------------------------------------------------------

async function gcc(args: string[]): Promise<void> {
  try {
    await run("gcc", args, { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`gcc ${args.join(" ")}\n${err.stderr ?? err.message}`);
  }
}

async function inParallel(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
}

function usage(): never {
  console.error("usage: tsx tools/qemu/image.ts -o <out.elf> <program.c> [more.c ...]");
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const o = argv.indexOf("-o");
  if (o < 0 || o + 1 >= argv.length) usage();
  const sources = argv.filter((_, i) => i !== o && i !== o + 1);
  if (sources.length === 0) usage();
  await buildImage({ sources, out: argv[o + 1] });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}

// The compiler driver: entry file → diagnostics, C source, or a linked executable.
// Runs the passes in order (front → check → lower → emit) and calls gcc. Used by cli.ts, the
// tests and the image builder.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import crypto from "node:crypto";
import { front, userFiles } from "./front/program";
import { checkSubset } from "./check/check";
import { Target } from "./lower/lowerer";
import { lowerProgram } from "./lower/spec";
import { emitC } from "./emit/c";
import { versionLoops } from "./opt/versioning";
import { YaoError, Diagnostic } from "./diag";
import { ProgramIR } from "./ir/ir";

const here = path.dirname(fileURLToPath(import.meta.url));
export const runtimeDir = path.join(here, "runtime");
export const repoRoot = path.resolve(here, "..");

export interface CompileOptions {
  target?: Target;
  root?: string; // module paths in C names are relative to this directory
}

export interface CompileResult {
  c: string;
  ir: ProgramIR;
  diagnostics: Diagnostic[];
}

/** TypeScript → C. Throws YaoError with every diagnostic when the program is rejected. */
export function compileToC(entry: string, opts: CompileOptions = {}): CompileResult {
  const target = opts.target ?? "host";
  const fr = front(entry);
  if (fr.diagnostics.length) throw new YaoError(fr.diagnostics);
  const files = userFiles(fr.program);
  const subset = checkSubset(files);
  if (subset.length) throw new YaoError(subset);
  const root = opts.root ?? commonRoot(files.map((f) => f.fileName));
  const ir = lowerProgram(fr.program, fr.entry, target, root);
  versionLoops(ir); // typed-array bounds checks tested once before a loop where they can be
  return { c: emitC(ir), ir, diagnostics: [] };
}

function commonRoot(files: string[]): string {
  let root = path.dirname(files[0]);
  for (const f of files) while (!f.startsWith(root + path.sep)) root = path.dirname(root);
  return root;
}

// ---- host executables --------------------------------------------------------------------

export const HOST_CFLAGS = ["-std=gnu11", "-O2", "-fno-strict-aliasing", "-ffp-contract=off", "-fno-math-errno",
  "-fwrapv", "-w"];
/**
 * JavaScript engines do not eliminate tail calls, so runaway recursion must grow the stack and
 * hit YAO_STACK_CHECK (a RangeError), never turn into a loop: gcc's tail-call and tail-recursion
 * passes (which `f(n + 1) + 1` on integers would invite) stay off for generated code.
 */
export const NO_TAIL_CALLS = "-fno-optimize-sibling-calls";

/**
 * The generated program's flags: the runtime's without -fwrapv. Generated code never overflows
 * signed arithmetic (an int64_t holds only values proven within +-2^53, and int32 operations go
 * through unsigned ones), so gcc may assume it does not, which it needs to vectorize loops
 * indexed by int64_t (matmul: 2.2x faster). The runtime keeps -fwrapv.
 */
export const PROGRAM_CFLAGS = [...HOST_CFLAGS.filter((f) => f !== "-fwrapv"), NO_TAIL_CALLS];
const RUNTIME_SOURCES = ["rt_core.c", "rt_str.c", "rt_num.c", "rt_arr.c", "rt_console.c", "num.c", "math.c", "rt_gc.c", "rt_exc.c", "rt_string2.c", "rt_map.c", "rt_json.c", "rt_jsontyped.c"];

/** Compiles the host runtime once per content hash; returns its object files. */
export function hostRuntimeObjects(buildDir = path.join(repoRoot, "build", "runtime")): string[] {
  const sources = [...RUNTIME_SOURCES, "rt_host.c"].map((f) => path.join(runtimeDir, f));
  const hash = crypto.createHash("sha1");
  for (const s of [...sources, ...["yao.h", "num.h", "math.h", "gc.h", "lib2.h", "unicode_tables.h"].map((h) => path.join(runtimeDir, h))]) hash.update(fs.readFileSync(s));
  hash.update(HOST_CFLAGS.join(" "));
  const dir = path.join(buildDir, `host-${hash.digest("hex").slice(0, 12)}`);
  const objs = sources.map((s) => path.join(dir, path.basename(s).replace(/\.c$/, ".o")));
  if (objs.every((o) => fs.existsSync(o))) return objs;
  fs.mkdirSync(dir, { recursive: true });
  sources.forEach((s, i) => {
    const tmp = `${objs[i]}.${process.pid}.tmp`;
    execFileSync("gcc", [...HOST_CFLAGS, "-I", runtimeDir, "-c", s, "-o", tmp], { stdio: "pipe" });
    fs.renameSync(tmp, objs[i]);
  });
  return objs;
}

/** Compiles a C file produced by compileToC and links it with the host runtime. */
export function linkHost(cFile: string, out: string): void {
  const objs = hostRuntimeObjects();
  execFileSync("gcc", [...PROGRAM_CFLAGS, "-I", runtimeDir, cFile, ...objs, "-lm", "-o", out], { stdio: "pipe" });
}

export function buildHostExecutable(entry: string, out: string, opts: CompileOptions = {}): CompileResult {
  const r = compileToC(entry, { ...opts, target: "host" });
  const cFile = out + ".c";
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(cFile, r.c);
  try {
    linkHost(cFile, out);
  } catch (e) {
    const err = e as { stderr?: Buffer };
    throw new Error(`yao: gcc failed on ${cFile} (a compiler bug: generated C must always compile)\n${err.stderr?.toString() ?? e}`);
  }
  return r;
}

// How each implementation of a benchmark program is built: yao (`npx yao compile`), C (gcc -O2),
// Node (TypeScript transpiled once to an .mjs file, then plain `node`, so that no TypeScript
// loader's start-up is timed) and porffor (its native C backend, installed on demand under
// build/bench/porffor, outside the project's package.json). Called by bench/compiler/run.ts; every
// builder returns either a command to time or a one-line reason why there is none.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ts from "typescript";
import { Program } from "./programs";
import { failureOf, firstLine, runTimed, stripAnsi } from "./process";

export type ImplName = "yao" | "c" | "node" | "porffor";
export const IMPLS: ImplName[] = ["yao", "c", "node", "porffor"];

export interface Runnable {
  command: string;
  args: string[];
  // porffor's output carries ANSI colour codes that are not part of the program's output.
  stripAnsi: boolean;
}

export interface Built {
  impl: ImplName;
  // null when the implementation could not be built; reason then says why, in one line.
  run: Runnable | null;
  reason: string;
  compileSeconds: number | null;
}

export interface BuildContext {
  root: string;
  buildDir: string;
  timeoutSeconds: number;
}

const PORFFOR_VERSION = "0.61.13";

function dirFor(ctx: BuildContext, impl: ImplName): string {
  const dir = join(ctx.buildDir, impl);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// The path an implementation's executable is written to; a stale one from an earlier run is
// removed first, so that a compiler that fails silently is not credited with an old binary.
function freshExe(ctx: BuildContext, impl: ImplName, p: Program): string {
  const exe = join(dirFor(ctx, impl), p.name);
  rmSync(exe, { force: true });
  return exe;
}

function failed(impl: ImplName, reason: string, compileSeconds: number | null = null): Built {
  return { impl, run: null, reason, compileSeconds };
}

function built(impl: ImplName, run: Runnable, compileSeconds: number | null): Built {
  return { impl, run, reason: "", compileSeconds };
}

// The Node build: the TypeScript with its types stripped, as an ES module.
export function buildNode(ctx: BuildContext, p: Program): Built {
  const start = performance.now();
  const out = ts.transpileModule(readFileSync(p.tsPath, "utf8"), {
    fileName: p.tsPath,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const errors = out.diagnostics ?? [];
  if (errors.length > 0) {
    return failed("node", `transpile failed: ${ts.flattenDiagnosticMessageText(errors[0].messageText, " ")}`);
  }
  const jsPath = nodeScriptPath(ctx, p);
  writeFileSync(jsPath, out.outputText);
  const seconds = (performance.now() - start) / 1000;
  return built("node", { command: nodeExecutable(), args: [jsPath], stripAnsi: false }, seconds);
}

// The node binary running this harness (argv[0] under tsx), so that Node is timed as itself.
export function nodeExecutable(): string {
  return process.argv[0];
}

export function nodeScriptPath(ctx: BuildContext, p: Program): string {
  return join(dirFor(ctx, "node"), `${p.name}.mjs`);
}

export function buildC(ctx: BuildContext, p: Program): Built {
  if (p.cPath === null) return failed("c", "no C counterpart");
  const exe = freshExe(ctx, "c", p);
  const r = runTimed("gcc", ["-O2", "-o", exe, p.cPath, "-lm"], ctx.root, ctx.timeoutSeconds);
  const why = failureOf(r);
  if (why !== null) return failed("c", `gcc failed: ${why}`, r.seconds);
  return built("c", { command: exe, args: [], stripAnsi: false }, r.seconds);
}

// The line of a failed compile's output most likely to say why: the first that mentions an error.
function errorLine(text: string): string {
  const lines = stripAnsi(text).split("\n").map((l) => l.trim());
  const error = lines.find((l) => /error|unsupported|not supported|YAO\d+/i.test(l));
  return error ?? firstLine(text);
}

export function buildYao(ctx: BuildContext, p: Program): Built {
  if (!existsSync(join(ctx.root, "node_modules", ".bin", "yao"))) {
    return failed("yao", "not available (node_modules/.bin/yao missing: run npm ci)");
  }
  const exe = freshExe(ctx, "yao", p);
  const r = runTimed("npx", ["--no", "yao", "compile", p.tsPath, "-o", exe], ctx.root, ctx.timeoutSeconds);
  const why = failureOf(r);
  if (why !== null) {
    const detail = r.status !== null && r.status !== 0 ? errorLine(r.stderr + "\n" + r.stdout) : why;
    return failed("yao", `compile failed: ${detail}`, r.seconds);
  }
  if (!existsSync(exe)) return failed("yao", "compile failed: exited 0 but wrote no executable", r.seconds);
  return built("yao", { command: exe, args: [], stripAnsi: false }, r.seconds);
}

// porffor is installed once per harness run, on first use, into build/bench/porffor.
export class Porffor {
  private installError: string | null = null;
  private installed = false;

  constructor(private ctx: BuildContext) {}

  private porfPath(): string {
    return join(this.ctx.buildDir, "porffor", "node_modules", ".bin", "porf");
  }

  private ensureInstalled(): string | null {
    if (this.installed || this.installError !== null) return this.installError;
    const prefix = join(this.ctx.buildDir, "porffor");
    mkdirSync(prefix, { recursive: true });
    if (!existsSync(this.porfPath()) || !this.hasVersion(prefix)) {
      const args = ["install", "--prefix", prefix, `porffor@${PORFFOR_VERSION}`, "--save-exact", "--no-audit", "--no-fund"];
      const r = runTimed("npm", args, this.ctx.root, 600);
      const why = failureOf(r);
      if (why !== null) this.installError = `not available (npm install porffor@${PORFFOR_VERSION}: ${why})`;
    }
    this.installed = this.installError === null;
    return this.installError;
  }

  private hasVersion(prefix: string): boolean {
    const manifest = join(prefix, "node_modules", "porffor", "package.json");
    if (!existsSync(manifest)) return false;
    return JSON.parse(readFileSync(manifest, "utf8")).version === PORFFOR_VERSION;
  }

  // Compiles the Node build's .mjs (plain JavaScript: porffor mishandles some TypeScript).
  build(p: Program, jsPath: string): Built {
    const notInstalled = this.ensureInstalled();
    if (notInstalled !== null) return failed("porffor", notInstalled);
    const exe = freshExe(this.ctx, "porffor", p);
    const args = ["native", "--module", jsPath, exe];
    const r = runTimed(this.porfPath(), args, this.ctx.root, this.ctx.timeoutSeconds);
    const why = failureOf(r);
    if (why !== null || !existsSync(exe)) {
      const detail = why === null ? errorLine(r.stdout + "\n" + r.stderr) : errorLine(r.stderr + "\n" + r.stdout);
      return failed("porffor", `compile failed: ${detail}`, r.seconds);
    }
    return built("porffor", { command: exe, args: [], stripAnsi: true }, r.seconds);
  }

  version(): string {
    return PORFFOR_VERSION;
  }
}

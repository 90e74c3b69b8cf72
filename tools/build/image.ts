// Building an app's bootable image: module selection → generated entry → yao compiler
// (target x86_64) → gcc (freestanding, with the metal runtime) → the arch layer → linker.ld,
// two passes for the fault-report symbol table. `yao build` and `make` call this.
//   tsx tools/build/image.ts <app> [--modules "kind=impl ..."] [-o build/<app>.elf]
import fs from "node:fs";
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { selectModules, SelectionError, summarize } from "./modules";
import { compileToC, runtimeDir } from "../../compiler/driver";
import { compileArch, compileC, linkImage, KERNEL_CFLAGS } from "../qemu/image";
import { YaoError } from "../../compiler/diag";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Flags for the runtime and the compiled program inside the kernel (on top of KERNEL_CFLAGS). */
export const METAL_CFLAGS = [...KERNEL_CFLAGS, "-std=gnu11", "-DYAO_FREESTANDING", `-I${runtimeDir}`,
  "-fno-strict-aliasing", "-ffp-contract=off", "-fno-math-errno", "-fwrapv", "-w"];
const RUNTIME = ["rt_core.c", "rt_str.c", "rt_num.c", "rt_arr.c", "rt_console.c", "num.c", "math.c", "rt_gc.c", "rt_exc.c", "rt_string2.c", "rt_map.c", "rt_json.c", "rt_jsontyped.c", "rt_metal.c"];

export interface AppImage {
  elf: string;
  selection: string;
  cFile: string;
}

/** Builds apps/<app> into an ELF image. Throws SelectionError or YaoError on bad input. */
export async function buildApp(app: string, modules = "", out?: string): Promise<AppImage> {
  const appName = path.basename(path.resolve(root, app));
  const elf = out ?? path.join(root, "build", `${appName}.elf`);
  fs.mkdirSync(path.dirname(elf), { recursive: true });
  const outDir = path.join(path.dirname(elf), path.basename(elf, ".elf")); // generated files and objects
  const rel = path.relative(root, path.resolve(root, app));
  const selection = selectModules(rel.startsWith("apps/") && rel.split("/").length === 2 ? appName : rel, modules, root, outDir);
  const { c } = compileToC(path.join(outDir, "entry.ts"), { target: "x86_64", root });
  const cFile = path.join(outDir, "program.c");
  fs.writeFileSync(cFile, c);
  const work = path.join(outDir, "obj");
  const [arch, runtime, program] = await Promise.all([
    cached("arch", archInputs(), (dir) => compileArch(dir)),
    cached("runtime", runtimeInputs(), (dir) => compileC(RUNTIME.map((f) => path.join(runtimeDir, f)), dir, METAL_CFLAGS)),
    compileC([cFile], path.join(work, "program"), METAL_CFLAGS),
  ]);
  await linkImage({ objects: [...arch, ...runtime, ...program], out: elf, workDir: work });
  return { elf, selection: summarize(selection), cFile };
}

function archInputs(): string[] {
  const dir = path.join(root, "arch", "x86_64");
  return fs.readdirSync(dir).filter((f) => /\.(c|S|h)$/.test(f)).map((f) => path.join(dir, f));
}

function runtimeInputs(): string[] {
  return fs.readdirSync(runtimeDir).filter((f) => /\.(c|h)$/.test(f)).map((f) => path.join(runtimeDir, f))
    .concat(archInputs().filter((f) => f.endsWith(".h")));
}

/** Objects that depend only on their sources and flags are built once per content hash. */
async function cached(name: string, inputs: string[], build: (dir: string) => Promise<string[]>): Promise<string[]> {
  const hash = crypto.createHash("sha1");
  for (const f of inputs.sort()) hash.update(f).update(fs.readFileSync(f));
  hash.update(METAL_CFLAGS.join(" "));
  const dir = path.join(root, "build", "cache", `${name}-${hash.digest("hex").slice(0, 12)}`);
  const list = path.join(dir, "objects.json");
  if (fs.existsSync(list)) return JSON.parse(fs.readFileSync(list, "utf8")) as string[];
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  const objs = await build(tmp);
  const moved = objs.map((o) => path.join(dir, path.relative(tmp, o)));
  try {
    fs.renameSync(tmp, dir); // atomic: another build of the same inputs may have won the race
    fs.writeFileSync(`${list}.tmp${process.pid}`, JSON.stringify(moved));
    fs.renameSync(`${list}.tmp${process.pid}`, list);
    return moved;
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
    for (let i = 0; i < 100 && !fs.existsSync(list); i++) await new Promise((r) => setTimeout(r, 50));
    return JSON.parse(fs.readFileSync(list, "utf8")) as string[];
  }
}

async function main(args: string[]): Promise<number> {
  const app = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "--modules" && args[i - 1] !== "-o");
  if (!app) { process.stderr.write("usage: image.ts <app> [--modules \"kind=impl ...\"] [-o out.elf]\n"); return 2; }
  const m = args.indexOf("--modules"), o = args.indexOf("-o");
  try {
    const r = await buildApp(app, m >= 0 ? args[m + 1] : "", o >= 0 ? path.resolve(args[o + 1]) : undefined);
    process.stdout.write(`${path.relative(process.cwd(), r.elf)}: ${r.selection}\n`);
    return 0;
  } catch (e) {
    if (e instanceof SelectionError) { process.stderr.write(`yao: ${e.message}\n`); return 1; }
    if (e instanceof YaoError) { process.stderr.write(`${e.message}\n`); return 1; }
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

// The `yao` command (bin/yao.mjs loads this through tsx).
//   yao compile FILE.ts [-o OUT] [--emit-c] [--target host|x86_64]
//   yao modules
import fs from "node:fs";
import path from "node:path";
import { compileToC, buildHostExecutable } from "./driver";
import { YaoError } from "./diag";

function usage(): never {
  console.error("usage: yao compile FILE.ts [-o OUT] [--emit-c] [--target host|x86_64]\n       yao modules");
  process.exit(2);
}

function parseCompileArgs(args: string[]) {
  let file: string | undefined, out: string | undefined, emitC = false;
  let target: "host" | "x86_64" = "host";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o") out = args[++i];
    else if (a === "--emit-c") emitC = true;
    else if (a === "--target") {
      const t = args[++i];
      if (t !== "host" && t !== "x86_64") { console.error(`yao: unknown target '${t}' (valid: host, x86_64)`); process.exit(2); }
      target = t;
    } else if (a.startsWith("-")) { console.error(`yao: unknown option ${a}`); usage(); }
    else if (!file) file = a;
    else usage();
  }
  if (!file) usage();
  return { file, out, emitC, target };
}

function compileCommand(args: string[]): void {
  const { file, out, emitC, target } = parseCompileArgs(args);
  if (emitC || target === "x86_64") {
    const r = compileToC(file, { target });
    const dest = out ?? file.replace(/\.ts$/, ".c");
    fs.writeFileSync(dest, r.c);
    return;
  }
  buildHostExecutable(file, out ?? path.basename(file).replace(/\.ts$/, ""));
}

async function main(): Promise<void> {
  const [cmd, ...rest] = process.argv.slice(2);
  try {
    if (cmd === "compile") compileCommand(rest);
    else if (cmd === "modules") {
      const m = await import("../tools/build/modules");
      console.log(m.listModules());
    } else usage();
  } catch (e) {
    if (e instanceof YaoError) {
      console.error(e.message);
      process.exit(1);
    }
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

await main();

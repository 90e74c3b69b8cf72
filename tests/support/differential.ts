// Differential testing: runs a TypeScript program under Node (tsx) and as a yao-compiled host
// executable, and returns both results for comparison. Node is the oracle.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compileToC, linkHost } from "../../compiler/driver";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../..");
const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(cmd: string, args: string[], timeoutMs = 20000): Promise<RunResult> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.on("close", (status) => { clearTimeout(timer); resolve({ stdout, stderr, status }); });
  });
}

export function runNode(file: string): Promise<RunResult> {
  return run(tsx, [file]);
}

/** Compiles `file` with yao into `outDir` and runs the executable. */
export async function runYao(file: string, outDir: string): Promise<RunResult & { c: string }> {
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, path.basename(file).replace(/\.ts$/, ""));
  const { c } = compileToC(file, { target: "host" });
  fs.writeFileSync(base + ".c", c);
  linkHost(base + ".c", base);
  const r = await run(base, []);
  return { ...r, c: base + ".c" };
}

/** Every program under `dir`: single files, and main.ts of directory programs. */
export function programsUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    if (entries.some((e) => e.isFile() && e.name === "main.ts") && d !== dir && path.dirname(d) !== dir.replace(/\/$/, "") + "") {
      out.push(path.join(d, "main.ts"));
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (fs.existsSync(path.join(p, "main.ts"))) out.push(path.join(p, "main.ts"));
        else walk(p);
      } else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

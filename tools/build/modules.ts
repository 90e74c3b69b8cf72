// Module selection, the build-time tool: `yao modules` lists what can be selected, and
// `tsx tools/build/modules.ts select <app> ["kind=impl ..."]` resolves an app's selection
// (apps/<app>/yao.json plus the override) and writes build/<app>/selection.ts and
// build/<app>/entry.ts, the files the compiler driver builds the image from. The registry,
// the resolution rules and the generated text live in the files beside this one.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeBootWiring, readVersion } from "./generate";
import { listModules } from "./registry";
import { readAppConfig, resolveSelection, Selection, SelectionError, summarize } from "./selection";

export { listModules } from "./registry";
export { resolveSelection, SelectionError, summarize } from "./selection";
export type { Selection } from "./selection";
export { renderEntry, renderSelection, writeBootWiring } from "./generate";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Resolves and writes the boot wiring for `app`; the selection it wrote. */
export function selectModules(app: string, override: string = "", root: string = repositoryRoot, outDir?: string): Selection {
  const selection = resolveSelection(app, readAppConfig(root, app), override);
  writeBootWiring(selection, root, outDir ?? path.join(root, "build", app), readVersion(root));
  return selection;
}

const USAGE = `usage: modules.ts list
       modules.ts select <app> ["kind=implementation ..."] [--out <dir>]`;

/** The CLI; returns the exit status (0 ok, 1 bad selection, 2 bad usage). */
export function runCli(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  if (args[0] === "list" && args.length === 1) {
    out(listModules());
    return 0;
  }
  if (args[0] !== "select" || args.length < 2) {
    err(USAGE + "\n");
    return 2;
  }
  const outAt = args.indexOf("--out");
  const outDir = outAt >= 0 ? path.resolve(args[outAt + 1] ?? "") : undefined;
  const rest = outAt >= 0 ? args.slice(2, outAt).concat(args.slice(outAt + 2)) : args.slice(2);
  try {
    const selection = selectModules(args[1], rest.join(" "), repositoryRoot, outDir);
    out(`${args[1]}: ${summarize(selection)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof SelectionError)) throw e;
    err(`yao: ${e.message}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runCli(process.argv.slice(2), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
}

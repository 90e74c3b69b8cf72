// Rejection tests: every program here is outside the subset. The first line says which rule
// must reject it and where: `// expect YAO1234 at LINE:COL`. The compiler must stop with exactly
// that diagnostic (file:line:col, rule id), never compile the program.
import { describe, test, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileToC } from "../../compiler/driver";
import { YaoError } from "../../compiler/diag";

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();

describe("rejections", () => {
  test.each(files)("%s", (file) => {
    const full = path.join(dir, file);
    const m = /^\/\/ expect (YAO\d{4}) at (\d+):(\d+)/.exec(fs.readFileSync(full, "utf8"));
    expect(m, "first line must be `// expect YAOnnnn at L:C`").not.toBeNull();
    let err: unknown;
    try {
      compileToC(full);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(YaoError);
    const ds = (err as YaoError).diagnostics;
    const hit = ds.find((d) => d.id === m![1] && d.line === Number(m![2]) && d.col === Number(m![3]));
    expect(hit, `expected ${m![1]} at ${m![2]}:${m![3]}, got:\n${(err as Error).message}`).toBeDefined();
    expect(hit!.file).toBe(full);
    expect(hit!.hint.length + hit!.message.length).toBeGreaterThan(10);
  });
});

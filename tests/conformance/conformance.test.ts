// The differential conformance suite: every program under tests/conformance runs under Node
// and as a yao-compiled executable; standard output and exit status must be identical.
import { describe, test, expect } from "vitest";
import path from "node:path";
import { programsUnder, runNode, runYao, repoRoot } from "../support/differential";

const dir = path.join(repoRoot, "tests", "conformance");
const only = process.env.YAO_ONLY;
const programs = programsUnder(dir).filter((p) => !only || p.includes(only));
const outDir = path.join(repoRoot, "build", "conformance");

describe("conformance (Node is the oracle)", () => {
  test.concurrent.each(programs.map((p) => [path.relative(dir, p), p]))("%s", async (_name, file) => {
    const rel = path.relative(dir, file).replace(/[\\/]/g, "_").replace(/\.ts$/, "");
    const [node, yao] = await Promise.all([runNode(file), runYao(file, path.join(outDir, rel))]);
    expect(yao.stdout, `stdout differs (C in ${yao.c})`).toBe(node.stdout);
    expect(yao.status, `exit status differs; stderr: ${yao.stderr}`).toBe(node.status);
  }, 60000);
});

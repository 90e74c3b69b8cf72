// A quick report over the conformance programs (for development; the test suite is
// tests/conformance/conformance.test.ts): runs each program under Node and yao and prints one
// line per failure with the first differing line or the compile error.
//   npx tsx tests/support/conformance-report.ts [dir] [filter]
import path from "node:path";
import { programsUnder, runNode, runYao, repoRoot } from "./differential";

const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, "tests", "conformance"));
const filter = process.argv[3] ?? "";
const programs = programsUnder(dir).filter((p) => filter === "" || new RegExp(filter).test(p)); // filter: a regular expression
let pass = 0;
const fails: string[] = [];

async function one(file: string): Promise<void> {
  const rel = path.relative(dir, file);
  const outDir = path.join(repoRoot, "build", "report", rel.replace(/[\\/]/g, "_").replace(/\.ts$/, ""));
  try {
    const [node, yao] = await Promise.all([runNode(file), runYao(file, outDir)]);
    if (node.stdout === yao.stdout && node.status === yao.status) { pass++; return; }
    const a = node.stdout.split("\n"), b = yao.stdout.split("\n");
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    fails.push(`${rel}: line ${i + 1}: node=${JSON.stringify(a[i])?.slice(0, 80)} yao=${JSON.stringify(b[i])?.slice(0, 80)} status ${node.status}/${yao.status} ${yao.stderr.split("\n")[0].slice(0, 100)}`);
  } catch (e) {
    const msg = String((e as Error).message).split("\n").filter((l) => /error|YAO/.test(l))[0] ?? String(e);
    fails.push(`${rel}: ${msg.slice(0, 200)}`);
  }
}

const queue = [...programs];
await Promise.all([0, 1, 2].map(async () => { while (queue.length) await one(queue.shift()!); }));
fails.sort().forEach((f) => console.log(f));
console.log(`${pass}/${programs.length} pass`);

// The list of compiler benchmark programs that bench/compiler/run.ts builds and times. Each
// program is a TypeScript file and, where one makes sense, a C file with the same algorithm and
// the same output, side by side. Each program belongs to the compiler issue whose benchmark it is:
// the part-1 (issue 2) programs make their own geometric mean beside the one over all programs.

import { existsSync } from "node:fs";
import { join } from "node:path";

export interface Program {
  name: string;
  // Which compiler issue's benchmark the program belongs to: 2 (part 1) or 3 (part 2).
  issue: number;
  tsPath: string;
  // null when the program has no C counterpart.
  cPath: string | null;
}

const PART_1 = ["sieve", "matmul", "sort", "crc32", "checksum", "strbuild", "classes"];
const PART_2 = ["strings", "maps", "exceptions"];

function describe(benchDir: string, name: string, issue: number): Program {
  const cPath = join(benchDir, `${name}.c`);
  return {
    name,
    issue,
    tsPath: join(benchDir, `${name}.ts`),
    cPath: existsSync(cPath) ? cPath : null,
  };
}

// Every program, part 1 first; benchDir is bench/compiler.
export function allPrograms(benchDir: string): Program[] {
  return [
    ...PART_1.map((name) => describe(benchDir, name, 2)),
    ...PART_2.map((name) => describe(benchDir, name, 3)),
  ];
}

// The programs named in `only` (all when it is empty) that belong to `issue` (any when it is
// null); an unknown name is an error.
export function selectPrograms(programs: Program[], only: string[], issue: number | null): Program[] {
  for (const name of only) {
    if (!programs.some((p) => p.name === name)) {
      const known = programs.map((p) => p.name).join(", ");
      throw new Error(`unknown benchmark "${name}" (known: ${known})`);
    }
  }
  const named = only.length > 0 ? programs.filter((p) => only.includes(p.name)) : programs;
  return named.filter((p) => issue === null || p.issue === issue);
}

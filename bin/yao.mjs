#!/usr/bin/env node
// The `yao` command: loads the TypeScript compiler driver through tsx, so that
// the compiler runs from source with no build step.
import { register } from "tsx/esm/api";
register();
await import("../compiler/cli.ts");

// Imports across subdirectories (./lib/..., ../../config).
import { describe } from "./lib/format";
import { joinAll } from "./lib/util/strings";
for (let i = 0; i < 3; i++) console.log(describe(i));
console.log(joinAll(["a", "b"]));

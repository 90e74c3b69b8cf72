// Named imports from a sibling module, including a renamed import.
import { SCALE, mulAdd, clamp as limit, viaHidden } from "./math";
console.log(SCALE, mulAdd(2, 3, 4), limit(5000, 0, SCALE), limit(-1, 0, SCALE), viaHidden);
let acc = 0;
for (let i = 0; i < 10; i++) acc = mulAdd(acc, 2, i);
console.log(acc, limit(acc, 0, SCALE));

// Barrel module: re-exports from a.ts and b.ts plus one declaration of its own.
export { alpha, A_VALUE } from "./a";
export * from "./b";
export { internalName as publicName } from "./b";
import { A_VALUE } from "./a";
import { B_VALUE } from "./b";
export const SUM = A_VALUE + B_VALUE;

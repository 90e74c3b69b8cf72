// Right side of the diamond.
import { Registry } from "./base";
export const rightIndex = Registry.add("right");

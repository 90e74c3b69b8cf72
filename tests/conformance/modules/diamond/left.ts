// Left side of the diamond.
import { Registry } from "./base";
export const leftIndex = Registry.add("left");

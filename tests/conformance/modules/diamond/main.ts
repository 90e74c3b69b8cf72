// Both sides import one base module: it is loaded once and its static state is shared.
import { leftIndex } from "./left";
import { rightIndex } from "./right";
import { Registry } from "./base";
console.log(leftIndex, rightIndex, Registry.items.join(","));

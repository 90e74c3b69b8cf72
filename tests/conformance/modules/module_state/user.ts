// A second module sharing the same counter module instance.
import { bump, count } from "./counter";
export function bumpTwice(): number {
  bump(1);
  bump(1);
  return count;
}

// Half of a circular import: calls into odd.ts only at run time, after both modules loaded.
import { isOdd } from "./odd";
export function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}

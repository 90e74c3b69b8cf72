// Middle module in a subdirectory.
import { joinAll } from "./util/strings";
export function describe(n: number): string {
  return joinAll(["n", String(n), n % 2 === 0 ? "even" : "odd"]);
}

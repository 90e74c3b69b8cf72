// Deeper module reached through a relative path with a parent reference.
import { SEP } from "../../config";
export function joinAll(parts: string[]): string {
  return parts.join(SEP);
}

// Leaf module re-exported through index.ts.
export function alpha(): string {
  return "alpha";
}
export const A_VALUE = 1;

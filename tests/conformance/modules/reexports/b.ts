// Leaf module re-exported with `export *` and a renaming re-export.
export function beta(n: number): number {
  return n * 2;
}
export const B_VALUE = 2;
export function internalName(): string {
  return "renamed";
}

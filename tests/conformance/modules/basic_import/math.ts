// Sibling module: exported functions and constants used by main.ts.
export const SCALE = 1000;
export function mulAdd(a: number, b: number, c: number): number {
  return a * b + c;
}
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
function hidden(): number {
  return -1;
}
export const viaHidden = hidden() * SCALE;

// Module imported as a namespace object.
export const ORIGIN_X = 0;
export function dist(x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  return Math.sqrt(dx * dx + dy * dy);
}
export class Pt {
  constructor(public x: number, public y: number) {}
}

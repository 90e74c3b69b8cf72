// Builds shapes from another module's classes; instanceof must agree across modules.
import { Circle, Square, Shape, Kind } from "./shapes";
export function make(kind: Kind, size: number): Shape {
  return kind === Kind.Circle ? new Circle(size) : new Square(size);
}
export function isCircle(s: Shape): boolean {
  return s instanceof Circle;
}

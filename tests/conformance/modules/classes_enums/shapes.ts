// Exported interface, abstract class, subclasses and an enum.
export enum Kind {
  Circle,
  Square,
}
export enum Unit {
  Mm = "mm",
  Cm = "cm",
}
export interface HasArea {
  area(): number;
}
export abstract class Shape implements HasArea {
  static made = 0;
  constructor(public readonly kind: Kind) {
    Shape.made++;
  }
  abstract area(): number;
  label(u: Unit): string {
    return Kind[this.kind] + " " + this.area().toFixed(2) + u;
  }
}
export class Circle extends Shape {
  constructor(private r: number) {
    super(Kind.Circle);
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
}
export class Square extends Shape {
  constructor(private s: number) {
    super(Kind.Square);
  }
  area(): number {
    return this.s * this.s;
  }
}

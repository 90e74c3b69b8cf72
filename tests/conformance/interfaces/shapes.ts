// Several classes implement one interface and are used only through it.
interface Shape {
  area(): number;
  perimeter(): number;
  readonly name: string;
}
class Circle implements Shape {
  readonly name = "circle";
  constructor(private r: number) {}
  area(): number {
    return Math.PI * this.r * this.r;
  }
  perimeter(): number {
    return 2 * Math.PI * this.r;
  }
}
class Rect implements Shape {
  readonly name: string;
  constructor(private w: number, private h: number) {
    this.name = w === h ? "square" : "rect";
  }
  area(): number {
    return this.w * this.h;
  }
  perimeter(): number {
    return 2 * (this.w + this.h);
  }
}
class Triangle implements Shape {
  get name(): string {
    return "triangle";
  }
  constructor(private a: number, private b: number, private c: number) {}
  area(): number {
    const s = (this.a + this.b + this.c) / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
  perimeter(): number {
    return this.a + this.b + this.c;
  }
}
function describe(s: Shape): string {
  return s.name + " a=" + s.area() + " p=" + s.perimeter();
}
const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Rect(4, 4), new Triangle(3, 4, 5), new Circle(0.5)];
let total = 0;
for (const s of shapes) {
  console.log(describe(s));
  total += s.area();
}
console.log(total);
let largest: Shape | null = null;
for (const s of shapes) if (largest === null || s.area() > largest.area()) largest = s;
console.log(largest?.name);

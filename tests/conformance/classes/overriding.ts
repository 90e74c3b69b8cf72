// Virtual dispatch: base methods calling overridable methods reach the most derived override.
class Shape {
  area(): number {
    return 0;
  }
  name(): string {
    return "shape";
  }
  report(): string {
    return this.name() + " area=" + this.area().toFixed(3);
  }
}
class Circle extends Shape {
  constructor(private r: number) {
    super();
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  name(): string {
    return "circle";
  }
}
class Square extends Shape {
  constructor(protected s: number) {
    super();
  }
  area(): number {
    return this.s * this.s;
  }
  name(): string {
    return "square";
  }
}
class UnitSquare extends Square {
  constructor() {
    super(1);
  }
  name(): string {
    return "unit-" + super.name();
  }
}
const shapes: Shape[] = [new Shape(), new Circle(1), new Square(2.5), new UnitSquare(), new Circle(0.1)];
let total = 0;
for (const s of shapes) {
  console.log(s.report());
  total += s.area();
}
console.log(total);

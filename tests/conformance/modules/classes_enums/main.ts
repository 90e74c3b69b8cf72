// Uses classes, enums and an interface exported from other modules.
import { Kind, Unit, Shape, Square, HasArea } from "./shapes";
import { make, isCircle } from "./factory";
const shapes: Shape[] = [make(Kind.Circle, 1), make(Kind.Square, 2), new Square(3)];
for (const s of shapes) console.log(s.label(Unit.Cm), isCircle(s), s instanceof Square, Kind[s.kind]);
const areas: HasArea[] = shapes;
let total = 0;
for (const a of areas) total += a.area();
console.log(total, Shape.made, Unit.Mm);

// Fields with initializers, constructor assignments, and field defaults computed from other fields.
class Point {
  x: number;
  y: number;
  label: string = "pt";
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
class Rect {
  w = 2;
  h = this.w * 3;
  area = this.w * this.h;
  constructor() {
    this.w = 10;
  }
}
const p = new Point(1.5, -2);
console.log(p.x, p.y, p.label);
p.x += 10;
p.label = p.label + "!";
console.log(p.x, p.label);
const r = new Rect();
console.log(r.w, r.h, r.area);
let created = 0;
class Counted {
  id: number;
  constructor() {
    created++;
    this.id = created * 10;
  }
}
const cs: Counted[] = [];
for (let i = 0; i < 4; i++) cs.push(new Counted());
let ids = "";
for (const c of cs) ids = ids + c.id + " ";
console.log(ids, created);
class Empty {}
const e1 = new Empty();
const e2 = new Empty();
console.log(e1 === e2, e1 === e1);

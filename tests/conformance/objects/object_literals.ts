// Object literals typed by interfaces and type aliases, optional fields, nested objects.
interface Point {
  x: number;
  y: number;
  label?: string;
}
type Rect = { topLeft: Point; size: { w: number; h: number } };
const p: Point = { x: 1, y: 2 };
const q: Point = { x: -1.5, y: 0, label: "origin-ish" };
console.log(p.x, p.y, p.label, q.label, p.label ?? "none", q.label?.length);
const r: Rect = { topLeft: p, size: { w: 10, h: 5 } };
r.topLeft.x = 100;
console.log(p.x, r.size.w * r.size.h);
function area(rect: Rect): number {
  return rect.size.w * rect.size.h;
}
console.log(area({ topLeft: { x: 0, y: 0 }, size: { w: 3, h: 4 } }));
const pts: Point[] = [];
for (let i = 0; i < 4; i++) pts.push({ x: i, y: i * i, label: i % 2 === 0 ? "even" : undefined });
console.log(pts.map((pt) => pt.x + ":" + pt.y + ":" + (pt.label ?? "-")).join(" "));
p.label = "set later";
console.log(p.label, JSON.stringify(p));

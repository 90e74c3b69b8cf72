// console.log of plain objects and class instances (Node's util.inspect formatting), small cases.
class Point {
  constructor(public x: number, public y: number) {}
}
interface Rec {
  name: string;
  n: number;
  tags: string[];
}
const r: Rec = { name: "a", n: 1, tags: ["t"] };
console.log(r);
console.log(new Point(1, -0));
console.log({});
console.log({ nested: { deeper: { x: 1 } } });
console.log("obj:", { s: "quoted 'string'" });

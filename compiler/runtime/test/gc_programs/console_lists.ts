// console.log of arrays and objects with many entries: the formatter keeps its list of formatted
// entries while it formats the next one (allocating), so a collection in between must see them.
const xs: number[] = [];
for (let i = 0; i < 30; i++) xs.push(i * 1.5 + 1000);
console.log(xs);
const names: string[] = [];
for (let i = 0; i < 12; i++) names.push("name" + i);
console.log(names);
class P {
  constructor(
    public a: number,
    public b: string,
    public c: number[],
  ) {}
}
console.log(new P(1, "x", xs));
console.log([new P(2, "y", [1, 2, 3]), new P(3, "z", [4, 5, 6])]);

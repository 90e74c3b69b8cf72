// Objects are references: aliasing, mutation visible through every alias, arrays of shared objects.
class Cell {
  constructor(public v: number) {}
}
const a = new Cell(1);
const b = a;
b.v = 2;
console.log(a.v, a === b);
const cells: Cell[] = [a, a, new Cell(3)];
cells[1].v = 10;
console.log(a.v, cells[0].v, cells[2].v);
function bump(c: Cell): void {
  c.v++;
}
function replace(c: Cell): Cell {
  c = new Cell(-1);
  return c;
}
bump(a);
const r = replace(a);
console.log(a.v, r.v, r === a);
const grid: Cell[][] = [];
const shared = new Cell(0);
for (let i = 0; i < 3; i++) {
  const row: Cell[] = [];
  for (let j = 0; j < 3; j++) row.push(j === 1 ? shared : new Cell(i * 3 + j));
  grid.push(row);
}
shared.v = 42;
let line = "";
for (const row of grid) for (const c of row) line = line + c.v + " ";
console.log(line);

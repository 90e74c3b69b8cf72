// reverse in place (returns the same array) and fill with ranges.
const a = [1, 2, 3, 4, 5];
const r = a.reverse();
console.log(a.join(), r === a);
const e: number[] = [];
console.log(e.reverse().length);
const f = new Array<number>(5).fill(0);
console.log(f.join());
f.fill(7, 1, 3);
console.log(f.join());
f.fill(9, -2);
console.log(f.join());
const grid = new Array<number[]>(3).fill([]);
grid[0].push(1);
console.log(grid[1].length, grid[2].length, grid[0] === grid[2]);
const pal = "racecar".split("").reverse().join("");
console.log(pal, pal === "racecar");

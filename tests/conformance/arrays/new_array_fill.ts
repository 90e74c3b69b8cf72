const f = new Array<number>(5).fill(0);
f.fill(7, 1, 3);
console.log(f.join(), new Array<string>(2).fill("ab").join("|"), new Array<number>().length, new Array<number>(1, 2, 3).join());
const grid = new Array<number[]>(3).fill([]);
grid[0].push(1);
console.log(grid[2].length, grid.length);
try { console.log(new Array<number>(-1).fill(0).length); } catch (e) { console.log((e as Error).name, (e as Error).message); }
try { console.log(new Array<number>(1.5).fill(0).length); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(Number.parseInt("42px"), Number.parseInt("ff", 16));

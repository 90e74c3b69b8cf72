// Exceptions unwinding through loops, labeled loops, and try inside loops with break/continue.
let out = "";
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) throw new Error("three");
    out += "ok" + i + " ";
  } catch (e) {
    out += "caught" + i + " ";
  } finally {
    out += "f" + i + " ";
  }
}
console.log(out);
function findFirst(grid: number[][], target: number): string {
  try {
    outer: for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r].length; c++) {
        if (grid[r][c] < 0) throw new Error(`negative at ${r},${c}`);
        if (grid[r][c] === target) {
          out = r + "," + c;
          break outer;
        }
      }
    }
    return out;
  } catch (e) {
    return "error: " + (e as Error).message;
  }
}
console.log(findFirst([[1, 2], [3, 4]], 4), findFirst([[1, -2], [3, 4]], 4));
let count = 0;
while (true) {
  try {
    count++;
    if (count > 3) break;
  } finally {
    console.log("finally in while", count);
  }
}
console.log(count);

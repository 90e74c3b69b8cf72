// An uncaught Error ends the program with status 1 after the output so far (stderr is not compared).
function deep(n: number): number {
  if (n === 0) throw new Error("bottom reached");
  return deep(n - 1) + 1;
}
console.log("start");
for (let i = 0; i < 3; i++) console.log("line", i);
deep(5);
console.log("never printed");

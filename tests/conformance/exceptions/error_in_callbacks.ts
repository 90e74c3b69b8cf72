// Exceptions propagate out of callbacks passed to array methods and out of nested closures.
const xs = [1, 2, 3, 4, 5];
let visited = 0;
try {
  xs.forEach((x) => {
    visited++;
    if (x === 3) throw new Error("stop at " + x);
  });
} catch (e) {
  console.log((e as Error).message, visited);
}
try {
  const ys = xs.map((x) => {
    if (x > 4) throw new RangeError("too big " + x);
    return x * 2;
  });
  console.log(ys.join());
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
function makeThrower(msg: string): () => void {
  return () => {
    throw new Error(msg);
  };
}
const throwers = [makeThrower("a"), makeThrower("b")];
const caught: string[] = [];
for (const t of throwers) {
  try {
    t();
  } catch (e) {
    caught.push((e as Error).message);
  }
}
console.log(caught.join(","));
const sorted = [3, 1, 2];
try {
  sorted.sort((a, b) => {
    if (a === 2 || b === 2) throw new Error("no twos");
    return a - b;
  });
} catch (e) {
  console.log((e as Error).message, sorted.length);
}

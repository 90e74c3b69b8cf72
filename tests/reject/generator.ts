// expect YAO1506 at 2:1
function* g(): Generator<number> { yield 1; }
console.log(g().next().value);

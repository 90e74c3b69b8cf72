// Labeled break out of nested loops and out of a labeled block.
let found = "";
outer: for (let i = 0; i < 10; i++) {
  for (let j = 0; j < 10; j++) {
    if (i * j === 42) {
      found = i + "x" + j;
      break outer;
    }
  }
}
console.log(found);
let visits = 0;
rows: for (let r = 0; r < 5; r++) {
  let c = 0;
  while (true) {
    visits++;
    if (c === r) break;
    if (r === 3 && c === 1) break rows;
    c++;
  }
}
console.log(visits);
block: {
  console.log("in block");
  if (visits > 0) break block;
  console.log("not printed");
}
console.log("after block");
let n = 0;
a: do {
  b: for (let i = 0; i < 3; i++) {
    switch (i) {
      case 1:
        n += 10;
        break b;
      default:
        n += 1;
    }
  }
  n += 100;
  if (n > 300) break a;
} while (true);
console.log(n);

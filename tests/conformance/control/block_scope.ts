// let and const are block scoped; inner declarations shadow outer ones.
const x = 1;
let y = 10;
{
  const x = 2;
  y = y + x;
  {
    let x = 3;
    x = x * 10;
    y = y + x;
    console.log("inner", x, y);
  }
  console.log("middle", x, y);
}
console.log("outer", x, y);
for (let i = 0; i < 2; i++) {
  const y = i * 100;
  console.log("loop", i, y);
}
console.log("after loop", y);
if (y > 0) {
  let y = -1;
  y--;
  console.log("if", y);
}
console.log(y);
function shadow(x: number): number {
  {
    const x = 99;
    if (x > 0) {
      return x;
    }
  }
  return x;
}
console.log(shadow(5));
let counter = 0;
while (counter < 3) {
  const snapshot = counter * 2;
  counter++;
  console.log(snapshot);
}

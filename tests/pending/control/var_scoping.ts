// var is function-scoped and hoisted; closures over a var loop variable share one binding.
function f(): string {
  let out = "";
  const peek = () => hoisted;
  out += String(peek());
  var hoisted = 5;
  out += " " + hoisted;
  if (true) {
    var inner = "in-block";
  }
  out += " " + inner;
  return out;
}
console.log(f());
const fs: (() => number)[] = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((g) => g()).join(","), i);
const gs: (() => number)[] = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map((g) => g()).join(","));

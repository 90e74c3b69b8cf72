// Three levels of nesting, each capturing variables from all enclosing scopes.
function level1(a: number): (b: number) => (c: number) => string {
  let calls = 0;
  return (b: number) => {
    let local = a + b;
    return (c: number) => {
      calls++;
      local += c;
      return a + "/" + b + "/" + c + " local=" + local + " calls=" + calls;
    };
  };
}
const l2 = level1(1);
const l3a = l2(10);
const l3b = l2(20);
console.log(l3a(100));
console.log(l3a(100));
console.log(l3b(5));
console.log(level1(2)(3)(4));
function makeAccumulators(): (() => number)[] {
  const out: (() => number)[] = [];
  let base = 0;
  for (let i = 1; i <= 3; i++) {
    let mine = 0;
    out.push(() => {
      base += i;
      mine += 1;
      return base * 100 + mine;
    });
  }
  return out;
}
const accs = makeAccumulators();
console.log(accs[0](), accs[1](), accs[1](), accs[2](), accs[0]());

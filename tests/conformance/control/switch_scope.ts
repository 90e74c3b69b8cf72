// Declarations inside case blocks with braces; one switch shares a scope without braces.
function handle(op: string, a: number, b: number): number {
  switch (op) {
    case "add": {
      const r = a + b;
      return r;
    }
    case "mul": {
      const r = a * b;
      return r;
    }
    case "pow": {
      let r = 1;
      for (let i = 0; i < b; i++) r *= a;
      return r;
    }
    default: {
      const r = -1;
      return r;
    }
  }
}
console.log(handle("add", 2, 3), handle("mul", 2, 3), handle("pow", 2, 10), handle("x", 1, 1));
function shared(n: number): string {
  let out = "";
  switch (n) {
    case 1:
      out = out + "one ";
    case 2:
      const label = "two";
      out = out + label + " ";
      break;
    case 3:
      out = out + "three ";
  }
  return out;
}
console.log(shared(1), shared(2), shared(3));

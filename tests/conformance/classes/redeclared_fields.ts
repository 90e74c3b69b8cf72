class Named extends Error {
  name = "NamedError";
}
console.log(String(new Named("x")), new Named("y").name);
class Base { label = "base"; describe(): string { return this.label; } }
class Derived extends Base { label = "derived"; }
console.log(new Derived().describe(), new Base().describe());
class P { constructor(public n: number) {} }
class Q extends P { n = 5; }
console.log(new Q(1).n);

// Construction order: base field initializers, base constructor body (which may call an override),
// then derived field initializers (which overwrite what the override stored), then the derived
// constructor body.
let trace = "";
function note(s: string): number {
  trace = trace + s + " ";
  return trace.length;
}
class Base {
  a = note("base-field");
  constructor() {
    note("base-ctor");
    this.init();
  }
  init(): void {
    note("base-init");
  }
}
class Derived extends Base {
  b = note("derived-field");
  value = 1;
  constructor(public p: number) {
    super();
    note("derived-ctor p=" + this.p);
  }
  init(): void {
    note("derived-init");
    this.value = 99;
  }
}
const d = new Derived(7);
console.log(trace);
console.log(d.value, d.p, d.a > 0, d.b > d.a);

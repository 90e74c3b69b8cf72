// instanceof walks the class chain; unrelated classes answer false.
class Base {}
class Mid extends Base {}
class Leaf extends Mid {}
class Other {}
const objs: Base[] = [new Base(), new Mid(), new Leaf()];
for (const o of objs) {
  console.log(o instanceof Base, o instanceof Mid, o instanceof Leaf);
}
const other = new Other();
console.log(other instanceof Other, other instanceof Object);
function describe(b: Base | null): string {
  if (b === null) return "null";
  if (b instanceof Leaf) return "leaf";
  if (b instanceof Mid) return "mid";
  return "base";
}
console.log(describe(null), describe(new Leaf()), describe(new Mid()), describe(new Base()));
let leaves = 0;
const many: Base[] = [];
for (let i = 0; i < 10; i++) many.push(i % 3 === 0 ? new Leaf() : i % 3 === 1 ? new Mid() : new Base());
for (const m of many) if (m instanceof Mid) leaves++;
console.log(leaves);

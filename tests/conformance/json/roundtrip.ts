// stringify then parse then stringify again gives identical text for nested data.
interface Node {
  name: string;
  size: number;
  children: Node[];
}
function build(depth: number, prefix: string): Node {
  const children: Node[] = [];
  if (depth > 0) for (let i = 0; i < 3; i++) children.push(build(depth - 1, prefix + i));
  return { name: "n" + prefix, size: depth * 1.25 - prefix.length / 3, children };
}
const tree = build(3, "");
const s1 = JSON.stringify(tree);
const back = JSON.parse(s1) as Node;
const s2 = JSON.stringify(back);
console.log(s1.length, s1 === s2);
function total(n: Node): number {
  return n.children.reduce((acc, c) => acc + total(c), n.size);
}
console.log(total(tree), total(back), back.children[2].children[1].name);
console.log(JSON.stringify(back.children[0].children[0], null, 2));

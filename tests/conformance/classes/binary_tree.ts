// A binary search tree: recursive insert, in-order traversal, height, min/max.
class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  constructor(public key: number) {}
}
function insert(root: TreeNode | null, k: number): TreeNode {
  if (root === null) return new TreeNode(k);
  if (k < root.key) root.left = insert(root.left, k);
  else if (k > root.key) root.right = insert(root.right, k);
  return root;
}
function inorder(n: TreeNode | null, out: number[]): void {
  if (n === null) return;
  inorder(n.left, out);
  out.push(n.key);
  inorder(n.right, out);
}
function height(n: TreeNode | null): number {
  if (n === null) return 0;
  const l = height(n.left);
  const r = height(n.right);
  return 1 + (l > r ? l : r);
}
function contains(n: TreeNode | null, k: number): boolean {
  while (n !== null) {
    if (k === n.key) return true;
    n = k < n.key ? n.left : n.right;
  }
  return false;
}
let root: TreeNode | null = null;
let x = 17;
for (let i = 0; i < 40; i++) {
  x = (x * 37 + 11) % 101;
  root = insert(root, x);
}
const keys: number[] = [];
inorder(root, keys);
console.log(keys.length, keys.join(" "));
console.log(height(root), contains(root, 48), contains(root, 1000));
let lo = root;
while (lo !== null && lo.left !== null) lo = lo.left;
console.log(lo?.key);

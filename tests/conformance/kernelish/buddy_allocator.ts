// A buddy allocator over a 64 KiB arena: power-of-two blocks, split on alloc, merge with buddy on free.
const MIN_ORDER = 5;
const MAX_ORDER = 16;
const freeLists: number[][] = [];
for (let o = 0; o <= MAX_ORDER; o++) freeLists.push([]);
const orderOf = new Int8Array(1 << (MAX_ORDER - MIN_ORDER));
freeLists[MAX_ORDER].push(0);
function removeFrom(list: number[], v: number): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === v) {
      list[i] = list[list.length - 1];
      list.pop();
      return true;
    }
  }
  return false;
}
function orderFor(size: number): number {
  let o = MIN_ORDER;
  while ((1 << o) < size) o++;
  return o;
}
function alloc(size: number): number {
  const want = orderFor(size);
  let o = want;
  while (o <= MAX_ORDER && freeLists[o].length === 0) o++;
  if (o > MAX_ORDER) return -1;
  const block = freeLists[o][freeLists[o].length - 1];
  freeLists[o].pop();
  while (o > want) {
    o--;
    freeLists[o].push(block + (1 << o));
  }
  orderOf[block >> MIN_ORDER] = want;
  return block;
}
function free(block: number): void {
  let o = orderOf[block >> MIN_ORDER];
  while (o < MAX_ORDER) {
    const buddy = block ^ (1 << o);
    if (!removeFrom(freeLists[o], buddy)) break;
    block = block < buddy ? block : buddy;
    o++;
  }
  freeLists[o].push(block);
}
function summary(): string {
  let s = "";
  for (let o = MIN_ORDER; o <= MAX_ORDER; o++) if (freeLists[o].length > 0) s = s + o + ":" + freeLists[o].length + " ";
  return s;
}
const a = alloc(100);
const b = alloc(32);
const c = alloc(5000);
const d = alloc(33);
console.log(a, b, c, d, summary());
free(b);
console.log(summary());
free(a);
free(d);
console.log(summary());
const e = alloc(40000);
console.log(e, summary());
free(c);
console.log(summary());
const blocks: number[] = [];
for (let i = 0; i < 10; i++) blocks.push(alloc(1000 * (i + 1)));
console.log(blocks.join(" "), summary());
for (const bl of blocks) if (bl >= 0) free(bl);
console.log(summary());

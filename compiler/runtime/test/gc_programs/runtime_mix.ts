// Many runtime paths that allocate while holding other fresh objects: string methods, array
// methods with callbacks, sorting, JSON, maps, exceptions carrying objects, closures.
class Item {
  constructor(
    readonly id: number,
    readonly name: string,
    readonly tags: string[],
  ) {}
}

function makeItems(n: number): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < n; i++) out.push(new Item(i, `item-${(i * 7919) % 1000}`, [`t${i % 3}`, `g${i % 5}`]));
  return out;
}

const items = makeItems(300);
const sorted = items.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
console.log(sorted.slice(0, 5).map((x) => x.name + ":" + x.id).join(","));
const words = items.map((x) => x.name.toUpperCase().replace("ITEM", "it").padStart(10, "."));
console.log(words.filter((w) => w.indexOf("9") >= 0).length, words[17], words[299]);
const csv = items.map((x) => [x.id, x.name, x.tags.join("|")].join(";")).join("\n");
const back = csv.split("\n").map((line) => line.split(";"));
console.log(back.length, back[42].join("/"), csv.length);
console.log(JSON.stringify(items.slice(0, 3)));
const byTag = new Map<string, Item[]>();
for (const it of items) {
  for (const t of it.tags) {
    const list = byTag.get(t);
    if (list) list.push(it);
    else byTag.set(t, [it]);
  }
}
const keys: string[] = [];
byTag.forEach((v, k) => keys.push(`${k}=${v.length}`));
console.log(keys.sort().join(" "));
let caught = 0;
for (let i = 0; i < 200; i++) {
  try {
    if (i % 3 === 0) throw new Error(`bad ${items[i].name}`);
    caught += items[i].tags.length;
  } catch (e) {
    if (e instanceof Error) caught += e.message.length;
  }
}
console.log("caught", caught);
const adders = items.slice(0, 50).map((x) => (y: number) => x.id + y + x.name.length);
console.log(adders.reduce((s, f) => s + f(1), 0));

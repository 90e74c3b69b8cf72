const a = new Float32Array([1.5, 2, 3]);
a.forEach((x, i, arr) => { if (i + 1 < arr.length) arr[i + 1] += x; });
console.log(a.join(), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + "," + x, ""));
console.log(a.findIndex((x) => x > 3), a.find((x) => x < 5), a.findIndex((x) => x > 100), a.toString());
try { new Uint8Array(0).reduce((s, x) => s + x); } catch (e) { console.log((e as Error).name, (e as Error).message); }
const u = new Uint8Array([5, 1, 4]);
const m = u.map((x, i) => x * 100 + i);
console.log(m.join("-"), u.filter((x, i, arr) => arr[0] === 5 && x > 1).length, u.sort((x, y) => y - x).join());
console.log(u.lastIndexOf(1, -1), u.lastIndexOf(5, 0), u.lastIndexOf(9), new Int8Array(0).join(), `${new Int32Array([1, -2])}`);

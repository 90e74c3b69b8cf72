const s = "héllo 日本 😀!";
const out: string[] = [];
for (const ch of s) out.push(ch);
console.log(out.length, out.join("|"));
console.log([..."a😀b"].length, Array.from("x😀").join(","));
const lone = "a\uD800b\uDC00c";
for (const c of lone) console.log(c.length, c.charCodeAt(0));
const t = new Uint8Array([3, 1, 2]);
console.log([...t].join("+"), Array.from(t).length, Math.max(...t));
const set = new Set("hello");
console.log(set.size, [...set].join(""));
let n = 0;
for (const c of "") n++;
console.log(n);
function count(...cs: string[]): number { return cs.length; }
console.log(count(..."abc"), count(..."😀😀"));

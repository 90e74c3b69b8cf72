// Each iteration of a for loop with `let` gets a fresh binding; closures keep their own copy.
const fs: (() => number)[] = [];
for (let i = 0; i < 5; i++) {
  fs.push(() => i * i);
}
let out = "";
for (const f of fs) out = out + f() + " ";
console.log(out);
const gs: (() => number)[] = [];
for (let i = 0; i < 6; i++) {
  gs.push(() => i);
  i++;
}
out = "";
for (const g of gs) out = out + g() + " ";
console.log(out);
const hs: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  hs.push(() => {
    i += 100;
    return i;
  });
}
out = "";
for (const h of hs) out = out + h() + " ";
for (const h of hs) out = out + h() + " ";
console.log(out);
const ks: (() => string)[] = [];
for (let i = 0, s = "x"; i < 3; i++, s = s + "y") {
  ks.push(() => s + i);
}
out = "";
for (const k of ks) out = out + k() + " ";
console.log(out);
let shared = 0;
const ms: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  shared = i;
  ms.push(() => shared);
}
out = "";
for (const m of ms) out = out + m() + " ";
console.log(out);

// for-of over a string yields code points; index loops yield code units.
const s = "héllo 😀 wörld 𝄞!";
const fromFor: string[] = [];
for (const ch of s) fromFor.push(ch);
console.log(fromFor.length, s.length);
console.log(fromFor.join("|"));
let upperCount = 0;
for (const ch of "MiXeD CaSe") if (ch >= "A" && ch <= "Z") upperCount++;
console.log(upperCount);
const counts = new Map<string, number>();
for (const ch of "mississippi") counts.set(ch, (counts.get(ch) ?? 0) + 1);
console.log([...counts.entries()].map((e) => e[0] + e[1]).join(" "));

// Building a long string piece by piece must stay linear: 200k appends, then inspection.
let s = "";
for (let i = 0; i < 200000; i++) s += i % 10;
console.log(s.length, s.slice(0, 12), s.slice(-5), s.charCodeAt(123456));
const parts: string[] = [];
for (let i = 0; i < 50000; i++) parts.push("item" + i);
const joined = parts.join(",");
console.log(joined.length, joined.indexOf("item49999"), joined.lastIndexOf(","));
let t = "";
for (let i = 0; i < 20000; i++) t = t + "ab" + "日";
console.log(t.length, t.indexOf("日ab日", 30000));

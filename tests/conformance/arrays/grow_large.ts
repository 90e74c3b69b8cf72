// Growing arrays by index assignment at length and by push, then reading back.
const xs: number[] = [];
for (let i = 0; i < 50000; i++) xs[xs.length] = i % 97;
let s = 0;
for (let i = 0; i < xs.length; i++) s += xs[i];
console.log(xs.length, s);
const objs: number[][] = [];
for (let i = 0; i < 1000; i++) objs.push([i, i * i]);
let t = 0;
for (const o of objs) t += o[1] - o[0];
console.log(objs.length, t);
const strs: string[] = [];
for (let i = 0; i < 300; i++) strs.push(String(i));
console.log(strs.join("").length);

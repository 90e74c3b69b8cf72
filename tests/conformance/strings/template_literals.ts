// Template literals: interpolation of expressions, numbers, booleans, nesting.
const name = "yao";
const n = 42;
const f = 0.1 + 0.2;
console.log(`hello ${name}`);
console.log(`${n} + 1 = ${n + 1}`);
console.log(`${f} ${-0} ${1e21} ${NaN} ${true} ${null}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`${name}${name}`, `${""}`.length, `a${1}b${2}c`);
function tag(x: number): string {
  return `<${x < 0 ? `neg ${-x}` : `pos ${x}`}>`;
}
console.log(tag(3), tag(-3), tag(-0));
let rows = "";
for (let i = 1; i <= 3; i++) rows = rows + `${i}*${i}=${i * i};`;
console.log(rows);
const width = 7;
console.log(`[${width > 5 ? "wide" : "narrow"}] ${width / 2} ${(width / 2) | 0}`);
console.log(`multi
line ${n}
end`);

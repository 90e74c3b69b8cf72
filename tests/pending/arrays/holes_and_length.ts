// Reading past the end gives undefined; writing past the end creates holes; setting length truncates.
const a = [1, 2, 3];
console.log(a[5], a[-1], a.length);
a[6] = 7;
console.log(a.length, a.join("-"), a[4]);
a.length = 2;
console.log(a.join("-"), a[2]);
a.length = 4;
console.log(a.join("-"), a.length);
const b: (number | undefined)[] = [];
b[2] = 1;
let visited = 0;
b.forEach(() => visited++);
let forOf = 0;
for (const v of b) forOf++;
console.log(b.length, visited, forOf, b.indexOf(undefined), b.includes(undefined));
console.log([1, , 3].length, [, ,].length);
const c: (number | null | undefined)[] = [1, null, undefined, 2];
console.log(c.join("-"), c.length, String(c));

// === and !== between booleans, numbers, strings and objects (no coercion).
class P {
  constructor(public v: number) {}
}
const p1 = new P(1);
const p2 = new P(1);
const p3 = p1;
console.log(p1 === p2, p1 === p3, p1 !== p2, p1.v === p2.v);
function bool(x: number): boolean {
  return x > 0;
}
const t = bool(1);
const f = bool(0);
console.log(t === true, f === false, t !== f, (1 < 2) === t);
const a = "ab";
const b = "a" + "b";
let c = "";
c = c + "a";
c = c + "b";
console.log(a === b, a === c, b === c, a !== c + "c");
const n1 = 0.1 * 3;
const n2 = 0.3;
console.log(n1 === n2, n1 - n2, 1e21 === 1000000000000000000000);
const nullBox: P | null = null;
console.log(nullBox === null, p1 === null, nullBox !== null);

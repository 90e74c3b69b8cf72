// Object.keys / values / entries on objects typed by interfaces: declaration order of the literal.
interface Stats {
  min: number;
  max: number;
  mean: number;
  label?: string;
}
const s: Stats = { max: 9, min: 1, mean: 4.5 };
console.log(Object.keys(s).join(), Object.values(s).join(), Object.entries(s).map(([k, v]) => k + "=" + v).join("&"));
s.label = "late";
console.log(Object.keys(s).join(), JSON.stringify(s));
const t: Stats = { ...s, min: -1 };
console.log(Object.keys(t).join(), Object.entries(t).length);

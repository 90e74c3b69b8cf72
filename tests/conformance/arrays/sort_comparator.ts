// sort with comparators: numeric ascending/descending, by key, multi-key, and stability of equal keys.
const nums = [10, 9, 1, 2, 100, 25, -3, 0.5, -0];
console.log(nums.slice().sort((a, b) => a - b).join());
console.log(nums.slice().sort((a, b) => b - a).join());
class Rec {
  constructor(public name: string, public group: number, public seq: number) {}
}
const recs: Rec[] = [];
const names = ["e", "b", "d", "a", "c", "f", "h", "g", "j", "i", "l", "k"];
for (let i = 0; i < names.length; i++) recs.push(new Rec(names[i], (i * 7) % 3, i));
const byGroup = recs.slice().sort((x, y) => x.group - y.group);
console.log(byGroup.map((r) => r.group + r.name + r.seq).join(" "));
const multi = recs.slice().sort((x, y) => (x.group !== y.group ? y.group - x.group : x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
console.log(multi.map((r) => r.group + r.name).join(" "));
const many: Rec[] = [];
for (let i = 0; i < 500; i++) many.push(new Rec("r" + i, (i * 31) % 5, i));
many.sort((x, y) => x.group - y.group);
let stable = true;
for (let i = 1; i < many.length; i++) if (many[i - 1].group === many[i].group && many[i - 1].seq > many[i].seq) stable = false;
console.log(stable, many[0].seq, many[499].seq, many[250].name);
const strs = ["banana", "Apple", "cherry", "apple"];
console.log(strs.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).join());

// splice: removal, insertion, replacement, negative start, deleteCount omitted or huge.
function show(label: string, a: number[], removed: number[]): void {
  console.log(label, "arr=" + a.join(","), "removed=" + removed.join(","));
}
let a = [0, 1, 2, 3, 4, 5, 6];
show("rm2@1", a, a.splice(1, 2));
a = [0, 1, 2, 3, 4, 5, 6];
show("ins@2", a, a.splice(2, 0, 90, 91));
a = [0, 1, 2, 3, 4, 5, 6];
show("repl@-2", a, a.splice(-2, 1, 77));
a = [0, 1, 2, 3, 4, 5, 6];
show("tail@4", a, a.splice(4));
a = [0, 1, 2, 3, 4, 5, 6];
show("huge", a, a.splice(3, 100, -1));
a = [0, 1, 2, 3, 4, 5, 6];
show("neg count", a, a.splice(3, -5, 8));
a = [0, 1, 2, 3, 4, 5, 6];
show("start past end", a, a.splice(50, 1, 9));
a = [0, 1, 2, 3, 4, 5, 6];
show("start -100", a, a.splice(-100, 2));
const words = ["a", "b", "c", "d"];
for (let i = words.length - 1; i >= 0; i--) if (i % 2 === 1) words.splice(i, 1);
console.log(words.join(""));

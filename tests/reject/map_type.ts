// expect YAO1011 at 2:7
const m = new Map<string, number>();
m.set("a", 1);
console.log(m.size);

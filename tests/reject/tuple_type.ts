// expect YAO1007 at 2:7
const t: [number, string] = [1, "a"];
console.log(t[0]);

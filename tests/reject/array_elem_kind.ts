// expect YAO1104 at 3:32
const a: string[] = ["x"];
const b: (string | number)[] = a;
b.push(1);
console.log(a.length);

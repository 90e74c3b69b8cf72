// expect YAO1502 at 3:14
interface P { x: number }
const p: P = { x: 1 };
console.log(p.x);

// expect YAO1033 at 2:17
interface Bag { [k: string]: number }
const b: Bag = {} as Bag;
console.log(b);

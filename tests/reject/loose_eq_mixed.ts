// expect YAO1516 at 4:13
const a: number = 1;
const b: boolean = true;
console.log((a as number | boolean) == (b as number | boolean));

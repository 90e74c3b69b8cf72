// expect YAO1002 at 2:11
const b = 10n;
console.log(b);

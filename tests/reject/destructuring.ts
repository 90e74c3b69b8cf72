// expect YAO1205 at 3:7
const pair = [1, 2];
const [a, b] = pair;
console.log(a + b);

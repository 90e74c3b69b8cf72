// expect YAO1521 at 3:3
const o = {
  hello(): string { return "hi"; },
};
console.log(o.hello());

// expect YAO1011 at 2:7
const started = new Date();
console.log(typeof started);

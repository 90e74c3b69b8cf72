// expect YAO1031 at 2:20
console.log(typeof globalThis);

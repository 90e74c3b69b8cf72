// expect YAO1507 at 2:11
const C = class { x = 1; };
console.log(new C().x);

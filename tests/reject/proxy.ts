// expect YAO1023 at 3:15
class T { x = 1; }
const p = new Proxy(new T(), {});
console.log(p.x);

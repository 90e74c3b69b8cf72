// expect YAO1405 at 4:1
class P { x = 1; }
const p = new P();
for (const k in p) console.log(k);

// expect YAO1503 at 4:1
class P { x?: number = 1; }
const p = new P();
delete p.x;

// expect YAO1013 at 4:7
class P { x = 1; }
const p = new P();
(p as unknown as { y: number }).y = 2;

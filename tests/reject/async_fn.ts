// expect YAO1506 at 2:1
async function f(): Promise<number> { return 1; }
f();

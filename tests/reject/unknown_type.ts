// expect YAO1013 at 2:15
function f(v: unknown): void {}
f(1);

const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a.length, a.join(","));
const names = ["x", "y"];
console.log((names.length = 0), names.length, JSON.stringify(names));
names.push("z");
console.log(names);
const b = [1];
try { b.length = -1; } catch (e) { console.log(e instanceof RangeError, (e as Error).message); }
try { b.length = 1.5; } catch (e) { console.log(e instanceof RangeError, (e as Error).message); }
b.length = 1;
console.log(b);

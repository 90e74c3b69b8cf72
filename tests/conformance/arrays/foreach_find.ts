// forEach, find, findIndex, some and every, including short-circuiting (count the calls).
const xs = [5, 12, 8, 130, 44];
let calls = 0;
xs.forEach((x, i) => {
  calls++;
  if (i === 0) console.log("first", x);
});
console.log(calls);
calls = 0;
const f = xs.find((x) => {
  calls++;
  return x > 10;
});
console.log(f, calls);
calls = 0;
console.log(xs.findIndex((x) => {
  calls++;
  return x > 100;
}), calls);
console.log(xs.find((x) => x > 1000), xs.findIndex((x) => x > 1000));
calls = 0;
console.log(xs.some((x) => {
  calls++;
  return x % 2 === 0;
}), calls);
calls = 0;
console.log(xs.every((x) => {
  calls++;
  return x < 100;
}), calls);
const empty: number[] = [];
console.log(empty.some((x) => x > 0), empty.every((x) => x > 0), empty.find((x) => x > 0));
class User {
  constructor(public name: string, public age: number) {}
}
const users = [new User("ann", 31), new User("bob", 17), new User("cy", 45)];
console.log(users.find((u) => u.age > 40)?.name, users.find((u) => u.age > 99)?.name ?? "nobody");
console.log(users.every((u) => u.name.length >= 2), users.some((u) => u.age < 18));

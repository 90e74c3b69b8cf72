// Optional chaining on object literals: ?. on fields, ?.[index] on arrays, ?.() on optional functions.
interface Address {
  city?: string;
  zip?: string;
}
interface Person {
  name: string;
  address?: Address;
  phones?: string[];
  greet?: (p: string) => string;
}
const people: Person[] = [
  { name: "ann", address: { city: "Oslo" }, phones: ["123"], greet: (p) => p + " ann" },
  { name: "bob" },
  { name: "cy", address: {}, phones: [] },
];
for (const p of people) {
  console.log(p.name, p.address?.city ?? "-", p.address?.zip?.length, p.phones?.[0] ?? "none", p.phones?.length, p.greet?.("hi") ?? "(no greet)");
}
let evaluated = 0;
const idx = () => {
  evaluated++;
  return 0;
};
console.log(people[1].phones?.[idx()], evaluated, people[0].phones?.[idx()], evaluated);

// Arrays of object literals processed like database rows: group, sort, format.
interface Row {
  dept: string;
  name: string;
  salary: number;
}
const rows: Row[] = [
  { dept: "eng", name: "ada", salary: 120 },
  { dept: "ops", name: "bob", salary: 90 },
  { dept: "eng", name: "cy", salary: 135.5 },
  { dept: "ops", name: "di", salary: 88 },
  { dept: "hr", name: "ed", salary: 70 },
];
const byDept = new Map<string, Row[]>();
for (const r of rows) {
  const list = byDept.get(r.dept) ?? [];
  list.push(r);
  byDept.set(r.dept, list);
}
for (const [dept, list] of [...byDept].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const total = list.reduce((s, r) => s + r.salary, 0);
  const top = list.reduce((best, r) => (r.salary > best.salary ? r : best));
  console.log(dept.padEnd(4), list.length, total.toFixed(1), top.name);
}
const raise = rows.map((r) => ({ ...r, salary: Math.round(r.salary * 1.05 * 100) / 100 }));
console.log(raise.map((r) => r.salary).join(", "), rows[0].salary);

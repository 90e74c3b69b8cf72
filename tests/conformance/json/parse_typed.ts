// JSON.parse into values used through interfaces (the documented typed form: `JSON.parse(text) as T`).
interface User {
  id: number;
  name: string;
  roles: string[];
  manager: User | null;
  active?: boolean;
}
const text = '[{"id":1,"name":"ann","roles":["admin","dev"],"manager":null,"active":true},' +
  '{"id":2,"name":"bob","roles":[],"manager":{"id":1,"name":"ann","roles":[],"manager":null}}]';
const users = JSON.parse(text) as User[];
for (const u of users) {
  console.log(u.id, u.name, u.roles.length, u.roles.join("+"), u.manager?.name ?? "-", u.active ?? "unset");
}
const again = JSON.stringify(users);
console.log(again === text, again.length, text.length);
const cfg = JSON.parse('{"port": 8080, "hosts": ["a", "b"], "limits": {"rps": 10.5}}') as { port: number; hosts: string[]; limits: { rps: number } };
console.log(cfg.port + 1, cfg.hosts.length, cfg.limits.rps * 2);

// A repository module with module-level Map state and object-literal records.
import { NotFoundError } from "./errors";
export interface Item {
  id: number;
  name: string;
  tags: string[];
}
const items = new Map<number, Item>();
let nextId = 1;
export function create(name: string, tags: string[] = []): Item {
  const it: Item = { id: nextId++, name, tags };
  items.set(it.id, it);
  return it;
}
export function find(id: number): Item {
  const it = items.get(id);
  if (!it) throw new NotFoundError("item " + id);
  return it;
}
export function all(): Item[] {
  return [...items.values()];
}
export function remove(id: number): void {
  if (!items.delete(id)) throw new NotFoundError("item " + id);
}

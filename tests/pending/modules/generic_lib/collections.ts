// Generic collection classes exported from a library module.
export class Stack<T> {
  private xs: T[] = [];
  push(...items: T[]): this {
    this.xs.push(...items);
    return this;
  }
  pop(): T | undefined {
    return this.xs.pop();
  }
  get size(): number {
    return this.xs.length;
  }
}
export function groupBy<T, K>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
export type Pair<A, B> = { first: A; second: B };
export const pair = <A, B>(first: A, second: B): Pair<A, B> => ({ first, second });

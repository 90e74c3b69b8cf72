// Records the order in which modules run their top-level code.
export const order: string[] = [];
export function enter(name: string): void {
  order.push(name);
  console.log("evaluating", name);
}

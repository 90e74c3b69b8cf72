// Shared base of a diamond-shaped import graph.
export class Registry {
  static items: string[] = [];
  static add(s: string): number {
    Registry.items.push(s);
    return Registry.items.length;
  }
}
console.log("base loaded");

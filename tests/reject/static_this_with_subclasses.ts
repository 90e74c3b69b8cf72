// expect YAO1612 at 7:5
// Static members are inherited; `this` inside a static method is the class it was called on.
class Registry {
  static count = 0;
  static label = "registry";
  static register(): number {
    this.count++;
    return this.count;
  }
  static describe(): string {
    return this.label + ":" + this.count;
  }
}
class Special extends Registry {
  static label = "special";
}
console.log(Registry.register(), Registry.register());
console.log(Special.describe(), Registry.describe());
console.log(Special.register());
console.log(Special.count, Registry.count, Special.describe(), Registry.describe());

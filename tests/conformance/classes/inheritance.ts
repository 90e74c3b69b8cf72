// extends with super(...) and super.method(); derived fields after base fields.
class Animal {
  legs: number;
  sound = "...";
  constructor(public name: string, legs: number) {
    this.legs = legs;
  }
  speak(): string {
    return this.name + " says " + this.sound;
  }
  describe(): string {
    return this.name + " has " + this.legs + " legs";
  }
}
class Dog extends Animal {
  tricks: string[] = [];
  constructor(name: string) {
    super(name, 4);
    this.sound = "woof";
  }
  learn(t: string): void {
    this.tricks.push(t);
  }
  describe(): string {
    return super.describe() + " and knows " + this.tricks.length + " tricks";
  }
}
class Puppy extends Dog {
  constructor(name: string, public ageWeeks: number) {
    super(name);
    this.sound = "yip";
  }
  speak(): string {
    return super.speak() + "!";
  }
}
const a = new Animal("generic", 0);
const d = new Dog("rex");
d.learn("sit");
d.learn("roll");
const p = new Puppy("bit", 8);
p.learn("nap");
const all: Animal[] = [a, d, p];
for (const x of all) {
  console.log(x.speak());
  console.log(x.describe());
}
console.log(p.ageWeeks, p.legs, p.tricks.join(","));

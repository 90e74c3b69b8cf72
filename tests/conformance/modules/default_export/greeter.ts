// A default-exported class with a named export beside it.
export default class Greeter {
  constructor(private greeting: string) {}
  greet(name: string): string {
    return this.greeting + ", " + name;
  }
}
export const DEFAULT_GREETING = "hello";

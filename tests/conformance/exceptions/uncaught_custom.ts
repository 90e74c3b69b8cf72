// An uncaught user error class escapes after finally blocks have run and printed.
class ConfigError extends Error {
  constructor(public key: string) {
    super("missing key " + key);
    this.name = "ConfigError";
  }
}
function load(keys: string[]): void {
  for (const k of keys) {
    try {
      if (k === "port") throw new ConfigError(k);
      console.log("loaded", k);
    } finally {
      console.log("finally for", k);
    }
  }
}
load(["host", "port", "user"]);
console.log("unreachable");

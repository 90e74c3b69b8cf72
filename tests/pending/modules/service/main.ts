// A multi-module service: repository state, errors thrown in one module and caught in another, JSON output.
import { create, find, all, remove } from "./repo";
import { ServiceError, NotFoundError } from "./errors";
import * as repo from "./repo";
function handle(label: string, f: () => object | void): void {
  try {
    console.log(label, "200", JSON.stringify(f()));
  } catch (e) {
    if (e instanceof ServiceError) console.log(label, e.status, e.name, e.message, e instanceof NotFoundError);
    else throw e;
  }
}
handle("create", () => create("disk", ["hw"]));
handle("create", () => create("nic"));
handle("find 1", () => find(1));
handle("find 9", () => find(9));
handle("remove 2", () => remove(2));
handle("remove 2", () => remove(2));
handle("list", () => all().map((i) => i.name));
console.log(repo.all().length, repo.find === find);

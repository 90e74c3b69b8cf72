import { afterEach } from "vitest";
import { installMachine, uninstallMachine } from "../sim/installed";
import { createSimPc } from "../sim/pc";
import { platformSuite, PlatformUnderTest } from "../../kernel/platform/platform.suite";
import { createX86Platform } from "./platform";

afterEach(() => uninstallMachine());

platformSuite("x86_64 (intrinsics on a simulated PC)", () => {
  const pc = createSimPc();
  installMachine(pc.machine);
  return new PlatformUnderTest(pc, createX86Platform());
});

import { platformSuite, PlatformUnderTest } from "../../kernel/platform/platform.suite";
import { createSimPc } from "./pc";
import { createSimPlatform } from "./platform";

platformSuite("sim", () => {
  const pc = createSimPc();
  return new PlatformUnderTest(pc, createSimPlatform(pc));
});

// Stopping the kernel when boot cannot go on: the reason goes to the console, then the machine
// exits with the panic status (127). kmain and its steps call it; on metal it does not return,
// on the simulator the exit is recorded and it returns, so callers return right after it.

import { PANIC_EXIT_STATUS, Platform } from "../platform/platform";
import { encodeUtf8 } from "../shim/format";

export function panic(platform: Platform, message: string): void {
  platform.console.write(encodeUtf8(`yao: panic: ${message}\n`));
  platform.console.flush();
  platform.power.exit(PANIC_EXIT_STATUS);
}

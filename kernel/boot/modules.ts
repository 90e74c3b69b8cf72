// What kmain receives from the build: the modules the app selected, as constructors and entry
// points. tools/build/modules.ts generates build/<app>/selection.ts, which imports only the
// selected implementations and returns one BootModules; kmain calls through its fields and
// never names an implementation itself (STYLE.md rule 2).

import { Allocator, FaultReporter } from "../alloc/allocator";
import { SchedulerConstructor } from "../sched/scheduler";

/** An allocator implementation's constructor (kernel/alloc/<name>/ exports one). */
export type AllocatorConstructor = (memory: Uint8Array, base: number, report: FaultReporter) => Allocator;

/** An application's main: the arguments after the image name; the exit status. */
export type AppMain = (argv: string[]) => i32;

export class BootModules {
  constructor(
    /** yao's version, from package.json at build time. */
    readonly version: string,
    /** The selection for the banner, e.g. "alloc=tlsf". */
    readonly summary: string,
    readonly createAllocator: AllocatorConstructor,
    /** The scheduler policy (kernel/sched/<name>/ exports one constructor). */
    readonly createScheduler: SchedulerConstructor,
    readonly appMain: AppMain,
  ) {}
}

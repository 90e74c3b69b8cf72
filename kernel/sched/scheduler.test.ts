import { createCoopScheduler } from "./coop/coop";
import { createPreemptScheduler } from "./preempt/preempt";
import { schedulerSuite } from "./scheduler.suite";

schedulerSuite("coop", createCoopScheduler);
schedulerSuite("preempt", createPreemptScheduler);

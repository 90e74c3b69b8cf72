// The registry of module kinds and their implementations: the one table that knows which
// allocators (and later schedulers, file systems, network stacks) exist, where each lives and
// which constructor it exports. tools/build/selection.ts validates an app's choices against it,
// tools/build/generate.ts imports exactly the chosen constructors, and listModules() is the text
// of `yao modules`. A kind gets an entry here when its first implementation exists in kernel/.
// Build-time code: runs under Node (tsx), never compiled to metal.

export interface Implementation {
  readonly name: string;
  /** One line for `yao modules`. */
  readonly description: string;
  /** The implementation's module, relative to the repository root, without extension. */
  readonly file: string;
  /** Its only export: the constructor kmain calls through BootModules. */
  readonly constructorName: string;
}

export interface ModuleKind {
  readonly name: string;
  readonly description: string;
  /** Chosen when the app's yao.json and the override say nothing. Every kind today has one. */
  readonly defaultImplementation: string;
  readonly implementations: readonly Implementation[];
}

/**
 * In BootModules constructor order (kernel/boot/modules.ts): the generated selection passes one
 * constructor per kind, in this order, between the summary and the app's main.
 */
export const REGISTRY: readonly ModuleKind[] = [
  {
    name: "alloc",
    description: "the kernel heap's allocator, over the largest usable RAM range",
    defaultImplementation: "tlsf",
    implementations: [
      {
        name: "region",
        description: "bump allocator: fastest allocation, memory is never reused",
        file: "kernel/alloc/region/region",
        constructorName: "createRegionAllocator",
      },
      {
        name: "buddy",
        description: "binary buddy over 4 KiB pages, with slabs for blocks up to 1 KiB",
        file: "kernel/alloc/buddy/buddy",
        constructorName: "createBuddyAllocator",
      },
      {
        name: "tlsf",
        description: "two-level segregated fit: constant-time allocate and free, immediate coalescing",
        file: "kernel/alloc/tlsf/tlsf",
        constructorName: "createTlsfAllocator",
      },
    ],
  },
  {
    name: "sched",
    description: "the thread scheduler: who runs next (threads, sleep and timers work under both)",
    defaultImplementation: "coop",
    implementations: [
      {
        name: "coop",
        description: "cooperative round robin: a thread runs until it yields, sleeps or blocks",
        file: "kernel/sched/coop/coop",
        constructorName: "createCoopScheduler",
      },
      {
        name: "preempt",
        description: "10 ms time slices on the timer tick, 8 priorities, busy threads demoted",
        file: "kernel/sched/preempt/preempt",
        constructorName: "createPreemptScheduler",
      },
    ],
  },
];

export function findKind(name: string): ModuleKind | undefined {
  return REGISTRY.find((kind) => kind.name === name);
}

export function findImplementation(kind: ModuleKind, name: string): Implementation | undefined {
  return kind.implementations.find((impl) => impl.name === name);
}

export function kindNames(): string {
  return REGISTRY.map((kind) => kind.name).join(", ");
}

export function implementationNames(kind: ModuleKind): string {
  return kind.implementations.map((impl) => impl.name).join(", ");
}

/** The text of `yao modules`: each kind, then its implementations, the default marked. */
export function listModules(): string {
  const lines: string[] = [];
  for (const kind of REGISTRY) {
    lines.push(`${kind.name}: ${kind.description}`);
    const width = Math.max(...kind.implementations.map((impl) => impl.name.length));
    for (const impl of kind.implementations) {
      const mark = impl.name === kind.defaultImplementation ? " (default)" : "";
      lines.push(`  ${impl.name.padEnd(width)}  ${impl.description}${mark}`);
    }
  }
  return lines.join("\n") + "\n";
}

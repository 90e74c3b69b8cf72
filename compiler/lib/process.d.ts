// The slice of Node's `process` object that yao programs may use. On the host target these
// map to the C runtime; on metal, argv is the multiboot command line and exit ends the kernel.
declare var process: {
  argv: string[];
  exitCode: number | undefined;
  exit(code?: number): never;
};

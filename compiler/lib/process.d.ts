// The slice of Node's `process` object that yao programs may use. On the host target these
// map to the C runtime; on metal, argv is the multiboot command line and exit ends the kernel.
declare var process: {
  argv: string[];
  exitCode: number | undefined;
  exit(code?: number): never;
};

// console: the Node methods yao supports; formatting follows Node's util.format/inspect.
declare var console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
};

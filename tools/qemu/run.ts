/**
 * run.ts: boots a yao image in QEMU (TCG) and reports what the guest's exit status was.
 * Image tests import bootImage (arch/x86_64/boot.test.ts, later the kernel's image tests);
 * `make qemu` runs it as a command with the serial console on the terminal:
 *   tsx tools/qemu/run.ts [--mem 128M] [--timeout-ms N] [--append "<cmdline>"] image.elf
 * which exits with the guest's status (see arch/x86_64/README.md, "Exit status").
 *
 * Status translation: the guest powers off for status 0 (QEMU exits 0) and writes 1..127 to
 * isa-debug-exit (QEMU exits (status << 1) | 1). A triple fault also makes QEMU exit 0 under
 * -no-reboot, so the CPU-reset log (-d cpu_reset) is read to tell the two apart.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const YAO_PANIC_STATUS = 127;

/** Exit statuses of the command for outcomes where the guest gave none (all above 127). */
export const CLI_QEMU_ERROR = 128;
export const CLI_TRIPLE_FAULT = 129;
export const CLI_TIMEOUT = 130;

export interface BootOptions {
  elf: string;
  cmdline?: string;
  mem?: string; // QEMU -m syntax; default 128M
  timeoutMs?: number; // default 10 s
  extraArgs?: string[]; // more devices, -cpu, ...
}

export type BootEnd =
  | "exit" // the guest gave a status (poweroff or isa-debug-exit)
  | "triple-fault"
  | "timeout"
  | "qemu-error"; // QEMU failed by itself (bad arguments, unloadable image)

export interface BootResult {
  end: BootEnd;
  status: number | null; // the guest's status when end is "exit"
  rawStatus: number | null; // QEMU's own exit status
  output: string; // everything the guest wrote to COM1
  stderr: string; // QEMU's messages
  wallMs: number; // the whole QEMU process, start to exit
}

/** The QEMU command line; serial goes to stdout. */
export function qemuArgs(opts: BootOptions, resetLog: string): string[] {
  return [
    "-accel", "tcg",
    "-machine", "pc", // i440fx + PIIX4: yao_arch_exit(0) powers off through PIIX4's PM1a
    "-m", opts.mem ?? "128M",
    "-nodefaults", // no VGA, NIC, floppy, CD-ROM: ~30 ms less to boot; tests add their devices
    "-display", "none",
    "-serial", "stdio",
    "-no-reboot", // a triple fault ends QEMU instead of rebooting into the image again
    "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
    "-d", "cpu_reset", "-D", resetLog,
    "-kernel", opts.elf,
    "-append", opts.cmdline ?? "",
    ...(opts.extraArgs ?? []),
  ];
}

/** Maps QEMU's exit to the guest's. Raw 1 would be a guest writing 0 to isa-debug-exit,
    which yao never does; it is QEMU's own failure status. */
export function translateExit(raw: number | null, tripleFault: boolean): { end: BootEnd; status: number | null } {
  if (raw === 0) return tripleFault ? { end: "triple-fault", status: null } : { end: "exit", status: 0 };
  if (raw !== null && raw % 2 === 1 && raw !== 1) return { end: "exit", status: (raw - 1) / 2 };
  return { end: "qemu-error", status: null };
}

export function bootImage(opts: BootOptions): Promise<BootResult> {
  const dir = mkdtempSync(join(tmpdir(), "yao-qemu-"));
  const resetLog = join(dir, "reset.log");
  const started = performance.now();
  const qemu = spawn("qemu-system-x86_64", qemuArgs(opts, resetLog), { stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  qemu.stdout.on("data", (b: Buffer) => out.push(b));
  qemu.stderr.on("data", (b: Buffer) => err.push(b));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    qemu.kill("SIGKILL");
  }, opts.timeoutMs ?? 10_000);
  return new Promise((resolveBoot, reject) => {
    qemu.on("error", (e) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      reject(new Error(`cannot run qemu-system-x86_64: ${e.message}`));
    });
    qemu.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const tripleFault = readResetLog(resetLog).includes("Triple fault");
      rmSync(dir, { recursive: true, force: true });
      const { end, status } = timedOut ? { end: "timeout" as const, status: null } : translateExit(code, tripleFault);
      resolveBoot({
        end,
        status,
        rawStatus: code,
        output: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        wallMs,
      });
    });
  });
}

function readResetLog(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------------
// Command line: serial on this terminal, exit with the guest's status.

function parseCli(argv: string[]): BootOptions {
  const opts: BootOptions = { elf: "", timeoutMs: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--mem") opts.mem = argv[++i];
    else if (a === "--append") opts.cmdline = argv[++i];
    else if (a === "--timeout-ms") opts.timeoutMs = Number(argv[++i]);
    else if (a === "--") opts.extraArgs = argv.slice(i + 1), (i = argv.length);
    else if (opts.elf === "" && !a.startsWith("-")) opts.elf = a;
    else throw new Error(`run.ts: unexpected argument ${a}`);
  }
  if (opts.elf === "") {
    throw new Error("usage: tsx tools/qemu/run.ts [--mem 128M] [--timeout-ms N] [--append <cmdline>] image.elf [-- qemu args]");
  }
  return opts;
}

function runCli(opts: BootOptions): void {
  const dir = mkdtempSync(join(tmpdir(), "yao-qemu-"));
  const resetLog = join(dir, "reset.log");
  const qemu = spawn("qemu-system-x86_64", qemuArgs(opts, resetLog), { stdio: "inherit" });
  let timedOut = false;
  const timer = opts.timeoutMs ? setTimeout(() => ((timedOut = true), qemu.kill("SIGKILL")), opts.timeoutMs) : null;
  qemu.on("error", (e) => {
    console.error(`run.ts: cannot run qemu-system-x86_64: ${e.message}`);
    process.exit(CLI_QEMU_ERROR);
  });
  qemu.on("close", (code) => {
    if (timer) clearTimeout(timer);
    const tripleFault = readResetLog(resetLog).includes("Triple fault");
    rmSync(dir, { recursive: true, force: true });
    process.exit(cliStatus(timedOut ? { end: "timeout", status: null } : translateExit(code, tripleFault), code));
  });
}

function cliStatus(r: { end: BootEnd; status: number | null }, raw: number | null): number {
  switch (r.end) {
    case "exit":
      return r.status ?? CLI_QEMU_ERROR;
    case "triple-fault":
      console.error("run.ts: the guest triple-faulted (CPU reset)");
      return CLI_TRIPLE_FAULT;
    case "timeout":
      console.error("run.ts: timed out; QEMU killed");
      return CLI_TIMEOUT;
    case "qemu-error":
      console.error(`run.ts: QEMU failed (exit status ${raw})`);
      return CLI_QEMU_ERROR;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runCli(parseCli(process.argv.slice(2)));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}

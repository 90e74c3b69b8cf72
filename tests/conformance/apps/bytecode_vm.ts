// A tiny stack-machine VM: an assembler from text, jumps and calls, and a few programs (factorial, primes, fib).
enum Op {
  Push, Pop, Dup, Swap, Over, Add, Sub, Mul, Div, Mod, Lt, Eq, Jmp, Jz, Call, Ret, Load, Store, Print, Halt,
}
class VmError extends Error {
  constructor(msg: string, public pc: number) {
    super(`${msg} (pc=${pc})`);
    this.name = "VmError";
  }
}
const MNEMONICS = new Map<string, Op>();
for (let op = Op.Push; op <= Op.Halt; op++) MNEMONICS.set(Op[op].toLowerCase(), op);
function assemble(src: string): number[] {
  const code: number[] = [];
  const labels = new Map<string, number>();
  const fixups: [number, string][] = [];
  for (const raw of src.split("\n")) {
    const line = raw.split(";")[0].trim();
    if (line === "") continue;
    if (line.endsWith(":")) {
      labels.set(line.slice(0, -1), code.length);
      continue;
    }
    const [mn, arg] = line.split(" ");
    const op = MNEMONICS.get(mn.toLowerCase());
    if (op === undefined) throw new Error("unknown mnemonic " + mn);
    code.push(op);
    if (op === Op.Push || op === Op.Load || op === Op.Store) code.push(Number(arg));
    else if (op === Op.Jmp || op === Op.Jz || op === Op.Call) {
      fixups.push([code.length, arg]);
      code.push(-1);
    }
  }
  for (const [at, name] of fixups) {
    const target = labels.get(name);
    if (target === undefined) throw new Error("undefined label " + name);
    code[at] = target;
  }
  return code;
}
function run(code: number[], maxSteps = 100000): { out: number[]; steps: number } {
  const stack: number[] = [];
  const calls: number[] = [];
  const mem = new Float64Array(16);
  const out: number[] = [];
  let pc = 0;
  let steps = 0;
  const pop = (): number => {
    if (stack.length === 0) throw new VmError("stack underflow", pc);
    return stack.pop()!;
  };
  while (true) {
    if (++steps > maxSteps) throw new VmError("step limit", pc);
    const op: Op = code[pc++];
    switch (op) {
      case Op.Push: stack.push(code[pc++]); break;
      case Op.Pop: pop(); break;
      case Op.Dup: { const a = pop(); stack.push(a, a); break; }
      case Op.Swap: { const b = pop(); const a = pop(); stack.push(b, a); break; }
      case Op.Over: { const b = pop(); const a = pop(); stack.push(a, b, a); break; }
      case Op.Add: { const b = pop(); stack.push(pop() + b); break; }
      case Op.Sub: { const b = pop(); stack.push(pop() - b); break; }
      case Op.Mul: { const b = pop(); stack.push(pop() * b); break; }
      case Op.Div: { const b = pop(); if (b === 0) throw new VmError("division by zero", pc - 1); stack.push(Math.trunc(pop() / b)); break; }
      case Op.Mod: { const b = pop(); stack.push(pop() % b); break; }
      case Op.Lt: { const b = pop(); stack.push(pop() < b ? 1 : 0); break; }
      case Op.Eq: { const b = pop(); stack.push(pop() === b ? 1 : 0); break; }
      case Op.Jmp: pc = code[pc]; break;
      case Op.Jz: { const t = code[pc++]; if (pop() === 0) pc = t; break; }
      case Op.Call: calls.push(pc + 1); pc = code[pc]; break;
      case Op.Ret: if (calls.length === 0) throw new VmError("return without call", pc - 1); pc = calls.pop()!; break;
      case Op.Load: stack.push(mem[code[pc++]]); break;
      case Op.Store: mem[code[pc++]] = pop(); break;
      case Op.Print: out.push(pop()); break;
      case Op.Halt: return { out, steps };
      default: throw new VmError("bad opcode " + op, pc - 1);
    }
  }
}
const programs: [string, string][] = [
  ["factorial", `push 1
store 0 ; acc
push 10
store 1 ; n
loop:
load 1
jz done
load 0
load 1
mul
store 0
load 1
push 1
sub
store 1
jmp loop
done:
load 0
print
halt`],
  ["primes", `push 2
store 0
next:
load 0
push 40
lt
jz end
push 2
store 1
trial:
load 0
load 1
load 1
mul
lt ; n < d*d means no divisor is left to try
jz check
jmp prime
check:
load 0
load 1
mod
jz skip
load 1
push 1
add
store 1
jmp trial
prime:
load 0
print
skip:
load 0
push 1
add
store 0
jmp next
end:
halt`],
  ["fib-call", `push 0
push 1
call step
call step
call step
call step
call step
print
print
halt
step: ; (a b) -> (b a+b)
dup
store 2
add
load 2
swap
ret`],
  ["underflow", `push 1
add
halt`],
  ["div0", `push 1
push 0
div
halt`],
  ["forever", `top:
jmp top`],
];
for (const [name, src] of programs) {
  try {
    const code = assemble(src);
    const { out, steps } = run(code, 5000);
    console.log(name, "code", code.length, "steps", steps, "out", out.join(" "));
  } catch (e) {
    console.log(name, "error", (e as Error).name, (e as Error).message);
  }
}
try {
  assemble("push 1\nfly\n");
} catch (e) {
  console.log((e as Error).message);
}
try {
  assemble("jmp nowhere");
} catch (e) {
  console.log((e as Error).message);
}

// An in-memory file system with directories, file descriptors, open flags, seek, read and write.
const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0x40;
const O_TRUNC = 0x200;
const O_APPEND = 0x400;
class FsError extends Error {
  constructor(public code: string, path: string) {
    super(code + ": " + path);
    this.name = "FsError";
  }
}
class Inode {
  data = new Uint8Array(0);
  size = 0;
  children = new Map<string, Inode>();
  constructor(public isDir: boolean, public ino: number) {}
  ensure(cap: number): void {
    if (cap <= this.data.length) return;
    const next = new Uint8Array(Math.max(cap, this.data.length * 2, 16));
    next.set(this.data.subarray(0, this.size));
    this.data = next;
  }
}
class OpenFile {
  pos = 0;
  constructor(public node: Inode, public flags: number) {}
}
class MemFs {
  private nextIno = 1;
  private root = new Inode(true, this.nextIno++);
  private fds: (OpenFile | null)[] = [];
  private walk(path: string, create: "file" | "dir" | null): Inode {
    const parts = path.split("/").filter((p) => p.length > 0);
    let cur = this.root;
    for (let i = 0; i < parts.length; i++) {
      if (!cur.isDir) throw new FsError("ENOTDIR", path);
      let next = cur.children.get(parts[i]);
      if (next === undefined) {
        if (create === null || i < parts.length - 1) throw new FsError("ENOENT", path);
        next = new Inode(create === "dir", this.nextIno++);
        cur.children.set(parts[i], next);
      }
      cur = next;
    }
    return cur;
  }
  mkdir(path: string): void {
    this.walk(path, "dir");
  }
  open(path: string, flags: number): number {
    const node = this.walk(path, flags & O_CREAT ? "file" : null);
    if (node.isDir && (flags & 3) !== O_RDONLY) throw new FsError("EISDIR", path);
    if (flags & O_TRUNC) node.size = 0;
    let fd = this.fds.indexOf(null);
    if (fd < 0) fd = this.fds.push(null) - 1;
    this.fds[fd] = new OpenFile(node, flags);
    return fd + 3;
  }
  private file(fd: number): OpenFile {
    const f = this.fds[fd - 3];
    if (f === undefined || f === null) throw new FsError("EBADF", "fd " + fd);
    return f;
  }
  write(fd: number, text: string): number {
    const f = this.file(fd);
    if ((f.flags & 3) === O_RDONLY) throw new FsError("EBADF", "fd " + fd + " is read-only");
    if (f.flags & O_APPEND) f.pos = f.node.size;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    f.node.ensure(f.pos + bytes.length);
    if (f.pos > f.node.size) f.node.data.fill(0, f.node.size, f.pos);
    f.node.data.set(bytes, f.pos);
    f.pos += bytes.length;
    f.node.size = Math.max(f.node.size, f.pos);
    return bytes.length;
  }
  read(fd: number, n: number): string {
    const f = this.file(fd);
    if ((f.flags & 3) === O_WRONLY) throw new FsError("EBADF", "fd " + fd + " is write-only");
    const end = Math.min(f.node.size, f.pos + n);
    let s = "";
    for (let i = f.pos; i < end; i++) s += f.node.data[i] === 0 ? "\\0" : String.fromCharCode(f.node.data[i]);
    f.pos = Math.max(f.pos, end);
    return s;
  }
  lseek(fd: number, off: number, whence: "set" | "cur" | "end"): number {
    const f = this.file(fd);
    const base = whence === "set" ? 0 : whence === "cur" ? f.pos : f.node.size;
    if (base + off < 0) throw new FsError("EINVAL", "seek to " + (base + off));
    f.pos = base + off;
    return f.pos;
  }
  close(fd: number): void {
    this.file(fd);
    this.fds[fd - 3] = null;
  }
  ls(path: string): string {
    const d = this.walk(path, null);
    if (!d.isDir) throw new FsError("ENOTDIR", path);
    return [...d.children.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([n, i]) => (i.isDir ? n + "/" : `${n}(${i.size})`)).join(" ");
  }
}
const fs = new MemFs();
function step(label: string, f: () => string | number | void): void {
  try {
    const r = f();
    console.log(label, "->", r === undefined ? "ok" : r);
  } catch (e) {
    if (e instanceof FsError) console.log(label, "-> error", e.code, e.message);
    else throw e;
  }
}
step("mkdir /etc", () => fs.mkdir("/etc"));
step("mkdir /var/log", () => fs.mkdir("/var/log"));
step("mkdir /var", () => fs.mkdir("/var"));
step("mkdir /var/log", () => fs.mkdir("/var/log"));
let fd = -1;
step("open hosts", () => (fd = fs.open("/etc/hosts", O_CREAT | O_RDWR)));
step("write", () => fs.write(fd, "127.0.0.1 localhost\n"));
step("write", () => fs.write(fd, "::1 localhost\n"));
step("seek 0", () => fs.lseek(fd, 0, "set"));
step("read 9", () => fs.read(fd, 9));
step("read rest", () => fs.read(fd, 100));
step("read at eof", () => fs.read(fd, 10));
step("seek end+4", () => fs.lseek(fd, 4, "end"));
step("write hole", () => fs.write(fd, "X"));
step("seek -3 end", () => fs.lseek(fd, -3, "end"));
step("read tail", () => fs.read(fd, 10));
step("seek neg", () => fs.lseek(fd, -1000, "cur"));
step("close", () => fs.close(fd));
step("close again", () => fs.close(fd));
let log = -1;
step("open log append", () => (log = fs.open("/var/log/sys", O_CREAT | O_WRONLY | O_APPEND)));
step("append", () => fs.write(log, "boot\n"));
step("seek 0", () => fs.lseek(log, 0, "set"));
step("append again", () => fs.write(log, "ready\n"));
step("read wo", () => fs.read(log, 1));
let r = -1;
step("open ro", () => (r = fs.open("/var/log/sys", O_RDONLY)));
step("read all", () => JSON.stringify(fs.read(r, 100)));
step("write ro", () => fs.write(r, "x"));
step("trunc", () => fs.close(fs.open("/var/log/sys", O_WRONLY | O_TRUNC)));
step("open missing", () => fs.open("/nope/file", O_CREAT));
step("open dir rw", () => fs.open("/etc", O_RDWR));
step("file as dir", () => fs.open("/etc/hosts/x", O_RDONLY));
step("ls /", () => fs.ls("/"));
step("ls /etc", () => fs.ls("/etc"));
step("ls /var/log", () => fs.ls("/var/log"));
step("fd reuse", () => fs.open("/etc/hosts", O_RDONLY));

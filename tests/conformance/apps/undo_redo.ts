// A text editor buffer with the command pattern: insert/delete/replace commands, undo and redo stacks.
interface Command {
  readonly label: string;
  apply(doc: Doc): void;
  revert(doc: Doc): void;
}
class Doc {
  text = "";
  cursor = 0;
}
class Insert implements Command {
  readonly label: string;
  constructor(private at: number, private s: string) {
    this.label = `insert ${JSON.stringify(s)}@${at}`;
  }
  apply(d: Doc): void {
    d.text = d.text.slice(0, this.at) + this.s + d.text.slice(this.at);
    d.cursor = this.at + this.s.length;
  }
  revert(d: Doc): void {
    d.text = d.text.slice(0, this.at) + d.text.slice(this.at + this.s.length);
    d.cursor = this.at;
  }
}
class Delete implements Command {
  readonly label: string;
  private removed = "";
  constructor(private at: number, private n: number) {
    this.label = `delete ${n}@${at}`;
  }
  apply(d: Doc): void {
    this.removed = d.text.slice(this.at, this.at + this.n);
    d.text = d.text.slice(0, this.at) + d.text.slice(this.at + this.n);
    d.cursor = this.at;
  }
  revert(d: Doc): void {
    d.text = d.text.slice(0, this.at) + this.removed + d.text.slice(this.at);
    d.cursor = this.at + this.removed.length;
  }
}
class ReplaceAll implements Command {
  readonly label: string;
  private before = "";
  constructor(private from: string, private to: string) {
    this.label = `replaceAll ${JSON.stringify(from)}->${JSON.stringify(to)}`;
  }
  apply(d: Doc): void {
    this.before = d.text;
    d.text = d.text.replaceAll(this.from, this.to);
  }
  revert(d: Doc): void {
    d.text = this.before;
  }
}
class Editor {
  readonly doc = new Doc();
  private undoStack: Command[] = [];
  private redoStack: Command[] = [];
  run(c: Command): void {
    c.apply(this.doc);
    this.undoStack.push(c);
    this.redoStack = [];
    this.show("do   " + c.label);
  }
  undo(): void {
    const c = this.undoStack.pop();
    if (!c) return this.show("undo (nothing)");
    c.revert(this.doc);
    this.redoStack.push(c);
    this.show("undo " + c.label);
  }
  redo(): void {
    const c = this.redoStack.pop();
    if (!c) return this.show("redo (nothing)");
    c.apply(this.doc);
    this.undoStack.push(c);
    this.show("redo " + c.label);
  }
  private show(what: string): void {
    const t = this.doc.text;
    console.log(what.padEnd(34), JSON.stringify(t.slice(0, this.doc.cursor) + "|" + t.slice(this.doc.cursor)), this.undoStack.length, this.redoStack.length);
  }
}
const ed = new Editor();
ed.run(new Insert(0, "hello world"));
ed.run(new Insert(5, ","));
ed.run(new Insert(12, "!"));
ed.run(new Delete(0, 1));
ed.run(new Insert(0, "H"));
ed.run(new ReplaceAll("o", "0"));
ed.undo();
ed.undo();
ed.undo();
ed.redo();
ed.run(new Insert(ed.doc.text.length, " 日本😀"));
ed.redo();
for (let i = 0; i < 8; i++) ed.undo();
ed.redo();
ed.redo();

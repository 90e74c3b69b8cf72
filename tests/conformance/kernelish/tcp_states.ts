// A TCP-like connection state machine driven by an event list (RFC 793 section 3.2 names).
enum St {
  Closed,
  Listen,
  SynRcvd,
  SynSent,
  Established,
  FinWait1,
  FinWait2,
  CloseWait,
  LastAck,
  TimeWait,
}
enum Ev {
  PassiveOpen,
  ActiveOpen,
  RecvSyn,
  RecvSynAck,
  RecvAck,
  Close,
  RecvFin,
  Timeout,
}
function step(s: St, e: Ev): St {
  switch (s) {
    case St.Closed:
      if (e === Ev.PassiveOpen) return St.Listen;
      if (e === Ev.ActiveOpen) return St.SynSent;
      break;
    case St.Listen:
      if (e === Ev.RecvSyn) return St.SynRcvd;
      if (e === Ev.Close) return St.Closed;
      break;
    case St.SynRcvd:
      if (e === Ev.RecvAck) return St.Established;
      break;
    case St.SynSent:
      if (e === Ev.RecvSynAck) return St.Established;
      if (e === Ev.Close) return St.Closed;
      break;
    case St.Established:
      if (e === Ev.Close) return St.FinWait1;
      if (e === Ev.RecvFin) return St.CloseWait;
      break;
    case St.FinWait1:
      if (e === Ev.RecvAck) return St.FinWait2;
      break;
    case St.FinWait2:
      if (e === Ev.RecvFin) return St.TimeWait;
      break;
    case St.CloseWait:
      if (e === Ev.Close) return St.LastAck;
      break;
    case St.LastAck:
      if (e === Ev.RecvAck) return St.Closed;
      break;
    case St.TimeWait:
      if (e === Ev.Timeout) return St.Closed;
      break;
  }
  return s;
}
function run(name: string, events: Ev[]): void {
  let s = St.Closed;
  let path = St[s];
  let ignored = 0;
  for (const e of events) {
    const n = step(s, e);
    if (n === s) ignored++;
    s = n;
    path = path + " -" + Ev[e] + "-> " + St[s];
  }
  console.log(name + ": " + path + " (ignored " + ignored + ")");
}
run("server", [Ev.PassiveOpen, Ev.RecvSyn, Ev.RecvAck, Ev.RecvFin, Ev.Close, Ev.RecvAck]);
run("client", [Ev.ActiveOpen, Ev.RecvSynAck, Ev.Close, Ev.RecvAck, Ev.RecvFin, Ev.Timeout]);
run("noise", [Ev.RecvAck, Ev.Timeout, Ev.PassiveOpen, Ev.RecvSynAck, Ev.Close]);

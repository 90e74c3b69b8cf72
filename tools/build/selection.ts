// Resolving an app's module selection: read apps/<app>/yao.json, apply an override string such
// as "alloc=buddy", fill in defaults, and check every name against the registry. Any mistake is a
// SelectionError whose message lists the valid choices; the CLI (tools/build/modules.ts) prints
// it and exits non-zero. Build-time code: runs under Node (tsx).

import fs from "node:fs";
import path from "node:path";
import { findImplementation, findKind, Implementation, implementationNames, kindNames, ModuleKind, REGISTRY } from "./registry";

export class SelectionError extends Error {}

export type ChoiceSource = "default" | "yao.json" | "override";

export interface Choice {
  readonly kind: ModuleKind;
  readonly implementation: Implementation;
  readonly source: ChoiceSource;
}

export interface Selection {
  readonly app: string;
  /** One choice per registered kind, in registry order. */
  readonly choices: readonly Choice[];
}

/** The "modules" object of apps/<app>/yao.json ({} when the app has no yao.json). */
export function readAppConfig(root: string, app: string): Record<string, string> {
  const rel = appPath(app);
  const appDir = path.join(root, rel);
  if (!fs.existsSync(path.join(appDir, "main.ts"))) {
    throw new SelectionError(`no app '${app}' (${rel}/main.ts); apps: ${listApps(root).join(", ") || "none"}`);
  }
  const configPath = path.join(appDir, "yao.json");
  if (!fs.existsSync(configPath)) return {};
  return parseAppConfig(fs.readFileSync(configPath, "utf8"), `${rel}/yao.json`);
}

/** An app is named by its folder under apps/ ("hello") or by a path from the repository root. */
export function appPath(app: string): string {
  const clean = app.replace(/\/+$/, "");
  return clean.includes("/") ? clean : `apps/${clean}`;
}

/** Validates yao.json's shape: { "modules": { "<kind>": "<implementation>", ... } }. */
export function parseAppConfig(text: string, where: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SelectionError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (!isPlainObject(json)) throw new SelectionError(`${where}: expected an object like { "modules": { "alloc": "tlsf" } }`);
  for (const key of Object.keys(json)) {
    if (key !== "modules") throw new SelectionError(`${where}: unknown key '${key}'; valid keys: modules`);
  }
  const modules = json.modules ?? {};
  if (!isPlainObject(modules)) throw new SelectionError(`${where}: "modules" must be an object of kind: implementation`);
  const out: Record<string, string> = {};
  for (const [kind, impl] of Object.entries(modules)) {
    if (typeof impl !== "string") throw new SelectionError(`${where}: modules.${kind} must be a string`);
    out[kind] = impl;
  }
  return out;
}

/** "alloc=buddy sched=coop" → [["alloc", "buddy"], ["sched", "coop"]]; whitespace separates. */
export function parseOverride(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const token of text.split(/\s+/).filter((t) => t !== "")) {
    const match = /^([^=]+)=([^=]+)$/.exec(token);
    if (!match) throw new SelectionError(`override '${token}': write kind=implementation, e.g. alloc=buddy`);
    if (seen.has(match[1])) throw new SelectionError(`override: '${match[1]}' is given twice`);
    seen.add(match[1]);
    pairs.push([match[1], match[2]]);
  }
  return pairs;
}

/** The app's choices: override over yao.json over defaults, every name checked. */
export function resolveSelection(app: string, config: Record<string, string>, override: string = ""): Selection {
  const picked = new Map<string, { name: string; source: ChoiceSource }>();
  for (const [kind, impl] of Object.entries(config)) picked.set(check(kind, impl, `apps/${app}/yao.json`), { name: impl, source: "yao.json" });
  for (const [kind, impl] of parseOverride(override)) picked.set(check(kind, impl, "override"), { name: impl, source: "override" });
  const choices = REGISTRY.map((kind): Choice => {
    const pick = picked.get(kind.name) ?? { name: kind.defaultImplementation, source: "default" as const };
    return { kind, implementation: findImplementation(kind, pick.name)!, source: pick.source };
  });
  return { app, choices };
}

/** "alloc=tlsf" style, in registry order: the banner's and the CLI's summary. */
export function summarize(selection: Selection): string {
  return selection.choices.map((c) => `${c.kind.name}=${c.implementation.name}`).join(" ");
}

function check(kindName: string, implName: string, where: string): string {
  const kind = findKind(kindName);
  if (!kind) throw new SelectionError(`${where}: unknown module kind '${kindName}'; valid kinds: ${kindNames()}`);
  if (!findImplementation(kind, implName)) {
    throw new SelectionError(`${where}: unknown ${kindName} implementation '${implName}'; valid: ${implementationNames(kind)}`);
  }
  return kindName;
}

function listApps(root: string): string[] {
  const appsDir = path.join(root, "apps");
  if (!fs.existsSync(appsDir)) return [];
  return fs.readdirSync(appsDir).filter((name) => fs.existsSync(path.join(appsDir, name, "main.ts"))).sort();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The project's import graph, read from the sources as text: enough to check the architecture's
 * rules (test/architecture.test.ts) without a bundler. Tests are left out.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Import {
  from: string;
  /** Project-relative file, or the bare module name ('zod', 'node:fs'). */
  to: string;
  typeOnly: boolean;
}

const sourceDirs = ['main', 'db', 'hardware', 'renderer', 'vocabulary'];
const isTest = (f: string) => /\.(test|rig\.test|e2e\.test)\.tsx?$/.test(f) || f.endsWith('.d.ts');

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !isTest(rel)) out.push(rel);
    }
  };
  for (const dir of sourceDirs) if (fs.existsSync(path.join(root, dir))) walk(dir);
  return out;
}

const importPattern =
  /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolve(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.posix.join(path.posix.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return base;
}

export function importsOf(root: string, file: string): Import[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(importPattern)].map((m) => {
    const spec = m[4] ?? m[5] ?? '';
    return { from: file, to: resolve(root, file, spec), typeOnly: m[2] !== undefined };
  });
}

/** Every file reachable from `start`, following type imports too unless `runtimeOnly`. */
export function closure(root: string, start: string, runtimeOnly: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.includes('/') || !fs.existsSync(path.join(root, file))) return;
    for (const i of importsOf(root, file)) if (!(runtimeOnly && i.typeOnly)) visit(i.to);
  };
  visit(start);
  return seen;
}

/** The folder a file belongs to for the cycle rule: each folder of main/, the others whole. */
export function folderOf(file: string): string | null {
  const [top, second, third] = file.split('/');
  if (!top || !second || !sourceDirs.includes(top)) return null;
  return top === 'main' && third !== undefined ? `main/${second}` : top;
}

/** Groups of folders that import each other round in a circle (Tarjan's algorithm). */
export function folderCycles(root: string): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    for (const i of importsOf(root, file)) {
      const to = folderOf(i.to);
      if (!from || !to || from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do group.push((w = stack.pop()!));
      while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!order.has(v)) connect(v);
  return cycles;
}

import fs from 'node:fs';
import path from 'node:path';

// How the server's folders may depend on each other at run time: core on no module, modules one way
// (no cycle between two modules, even through others), and only the composition root
// (modules/index.ts) knowing them all. `import type` is free: it leaves nothing at run time.
const SRC = path.resolve(__dirname, '../../server/src');
const MODULES = path.join(SRC, 'modules');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files `file` imports at run time (relative imports and re-exports, `import type` left out). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  const statement = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?'(\.[^']+)'/gms;
  for (const match of text.matchAll(statement)) {
    if (match[1]) continue;
    found.push(path.resolve(path.dirname(file), match[2]!));
  }
  return found;
}

/** The module a path belongs to: `volunteers` for modules/volunteers/…, `(root)` for modules/index. */
function moduleOf(target: string): string | null {
  const relative = path.relative(MODULES, target);
  if (relative.startsWith('..')) return null;
  const first = relative.split(path.sep)[0]!;
  return first === 'index' || first.endsWith('.ts') ? '(root)' : first;
}

const files = sourceFiles(SRC);
const edges = new Map<string, Map<string, string>>(); // module → module it imports → one file that does
for (const file of files) {
  const from = moduleOf(file);
  if (!from) continue;
  for (const target of runtimeImports(file)) {
    const to = moduleOf(target);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    edges.get(from)!.set(to, path.relative(SRC, file));
  }
}

describe('dependencies between server folders', () => {
  it('reads the imports it judges (the walk found modules and their imports)', () => {
    expect(edges.size).toBeGreaterThan(10);
    expect(edges.get('service-records')?.has('projects')).toBe(true);
    // `import type` is not counted: service-record.entity names ArchiveExport only as a type.
    expect(edges.get('service-records')?.has('archive-exports') ?? false).toBe(false);
  });

  it('core imports no module', () => {
    const core = files.filter((file) => path.relative(SRC, file).startsWith(`core${path.sep}`));
    expect(core.length).toBeGreaterThan(10);
    const offenders = core.flatMap((file) =>
      runtimeImports(file)
        .filter((target) => moduleOf(target) !== null)
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no module imports the composition root', () => {
    const offenders = [...edges].filter(([from, to]) => from !== '(root)' && to.has('(root)'));
    expect(offenders.map(([from, to]) => `${from} (${to.get('(root)')})`)).toEqual([]);
  });

  it('modules depend on each other one way: no cycle, however long', () => {
    const cycles: string[] = [];
    for (const [start, targets] of edges) {
      for (const next of targets.keys()) {
        // A path next → … → start closes a cycle through the edge start → next.
        const seen = new Set<string>();
        const stack: string[][] = [[start, next]];
        while (stack.length > 0) {
          const trail = stack.pop()!;
          const at = trail.at(-1)!;
          if (at === start) {
            const steps = trail.slice(0, -1).map((m, i) => `${m} (${edges.get(m)!.get(trail[i + 1]!)})`);
            cycles.push(steps.join(' → ') + ` → ${start}`);
            break;
          }
          if (seen.has(at)) continue;
          seen.add(at);
          for (const further of edges.get(at)?.keys() ?? []) stack.push([...trail, further]);
        }
      }
    }
    expect(cycles).toEqual([]);
  });
});

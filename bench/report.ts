import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FILE = path.resolve('docs/benchmarks.md');
const HEADER = `# Benchmarks

Measured with \`npm run bench\` (or one of \`npm run bench:*\`); each section is rewritten by its own benchmark.
Figures are from one run on the machine named in each section: compare within a section (ratios), not
across machines. These are benchmarks, not tests: nothing here fails a build.
`;

/** Replaces (or appends) one "## title" section of docs/benchmarks.md, stamped with machine and date. */
export function writeSection(title: string, body: string): void {
  const existing = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : HEADER;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const section = `## ${title}\n\n_${new Date().toISOString().slice(0, 10)}, ${machine}_\n\n${body.trim()}\n`;
  const pattern = new RegExp(`## ${title}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(existing)
    ? existing.replace(pattern, section)
    : `${existing.trimEnd()}\n\n${section}`;
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, next.endsWith('\n') ? next : `${next}\n`);
}

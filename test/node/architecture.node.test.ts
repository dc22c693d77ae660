// The architecture note lives in the repository (ARCHITECTURE.md), and what cites it cites a
// section that exists; nothing points to a design file outside the repository any more.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const SKIP = new Set(['node_modules', 'dist', '.git', 'storybook-static', 'coverage', '.test-results', '.scratch', 'dist-packages', 'cache', 'results']);
const TEXT = /\.(ts|tsx|mts|mjs|js|json|md|mdx|vue|html|css|yaml|yml)$/;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) files(path, out);
    else if (TEXT.test(name) && stat.size < 2_000_000) out.push(path);
  }
  return out;
}

/** The repository's files: what git tracks (other tests write temporary files meanwhile), else a walk. */
function repositoryFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter((f) => TEXT.test(f) && existsSync(f) && statSync(f).size < 2_000_000);
  } catch {
    return files('.');
  }
}

const note = readFileSync('ARCHITECTURE.md', 'utf8');
const sections = new Set([...note.matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
const sources = repositoryFiles().filter((f) => f !== 'ARCHITECTURE.md' && !f.endsWith('generated.ts'));

describe('ARCHITECTURE.md', () => {
  it('has numbered sections: layers, contract, layout, motion, shipping, where to change what, habits, figures', () => {
    for (const title of ['Layers', 'public contract', 'Layout', 'Motion', 'Shipping', 'Where to change what', 'Habits', 'default figures']) {
      assert.match(note, new RegExp(`^## \\d+\\. .*${title}`, 'm'), `no section about ${title}`);
    }
  });

  it('is what the code cites: no file names a design note outside the repository', () => {
    const outside = 'DESIGN' + '.md';
    const offenders = sources.filter((f) => readFileSync(f, 'utf8').includes(outside));
    assert.deepEqual(offenders, []);
  });

  it('every "ARCHITECTURE.md §n" citation names a section that exists', () => {
    const cited: string[] = [];
    for (const f of sources) {
      for (const m of readFileSync(f, 'utf8').matchAll(/ARCHITECTURE\.md §(\d+)/g)) {
        cited.push(m[1]!);
        assert.ok(sections.has(m[1]), `${f} cites ARCHITECTURE.md §${m[1]}, which does not exist`);
      }
    }
    assert.ok(cited.length >= 20, `only ${cited.length} citations found`);
  });
});

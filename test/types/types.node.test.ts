// Type tests: each folder of projects/ is a small consumer project (its own tsconfig, the package
// resolved through its `exports` and `types`, as an app would) compiled with tsc. Lines marked
// `@ts-expect-error` must stay errors: a wrong type that compiles fails the run (TS2578).
// Needs `pnpm build` (the generated types live in packages/elements/dist and src).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = 'test/types/projects';
/** Each project's folder: the frameworks here, and @k8s-diagrams/react's wrappers under React 18's types. */
const PROJECTS = [...['dom', 'react', 'preact', 'solid', 'vue', 'svelte'].map((p) => join(ROOT, p)), 'packages/react/test/types'];
const TSC = join('node_modules', 'typescript', 'bin', 'tsc');

function tsc(project: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSC, '-p', join(project, 'tsconfig.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('generated types, compiled as a consumer would', { concurrency: 2 }, () => {
  for (const project of PROJECTS) {
    it(`${project}: compiles, and every @ts-expect-error line is an error`, async () => {
      const sources = readdirSync(project).filter((f) => /\.tsx?$/.test(f));
      const expected = sources.reduce((n, f) => n + (readFileSync(join(project, f), 'utf8').match(/@ts-expect-error/g)?.length ?? 0), 0);
      assert.ok(expected >= 3, `${project} checks only ${expected} wrong types`);
      const { code, output } = await tsc(project);
      assert.equal(code, 0, `tsc -p ${project}:\n${output}`);
    });
  }
});

import { readFile, rename, writeFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { RenderError } from './errors.js';
import type { RenderOptions } from './figure.js';
import { prerenderHtml } from './prerender.js';

export interface PrerenderFilesReport {
  pages: number;
  figures: number;
  errors: { file: string; tag: string; code: string; message: string }[];
}

/**
 * Rewrites built HTML pages in place: every figure gets its declarative shadow DOM. A glob
 * that matches nothing is an error. Pages are written whole (a temporary file, then a rename).
 */
export async function prerenderFiles(patterns: readonly string[], options: RenderOptions & { cwd?: string } = {}): Promise<PrerenderFilesReport> {
  const { cwd = process.cwd(), ...renderOptions } = options;
  const files = (await glob([...patterns], { cwd, absolute: true, onlyFiles: true })).sort();
  if (files.length === 0) throw new RenderError('no-match', `No file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')} (from ${cwd}).`, patterns.join(' '));
  const report: PrerenderFilesReport = { pages: 0, figures: 0, errors: [] };
  for (const file of files) {
    const page = await readFile(file, 'utf8');
    const result = await prerenderHtml(page, renderOptions);
    report.errors.push(...result.errors.map((e) => ({ file, ...e })));
    if (result.rendered === 0) continue;
    const temporary = `${file}.k8s-diagrams-tmp`;
    try {
      await writeFile(temporary, result.html);
      await rename(temporary, file);
    } catch (e) {
      throw new RenderError('unwritable-output', `Cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`, file);
    }
    report.pages++;
    report.figures += result.rendered;
  }
  return report;
}

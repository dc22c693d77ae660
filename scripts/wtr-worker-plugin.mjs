// Serves `*.worker.js` requests by bundling the matching `*.worker.ts` with esbuild, the
// way the build does, since the dev server cannot turn elkjs (CommonJS) into a module.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function workerBundlePlugin() {
  const cache = new Map();
  return {
    name: 'worker-bundle',
    async serve(context) {
      if (!context.path.endsWith('.worker.js')) return undefined;
      const source = join(process.cwd(), context.path.replace(/\.js$/, '.ts'));
      if (!existsSync(source)) return undefined;
      if (!cache.has(source)) {
        const result = await build({ entryPoints: [source], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'silent' });
        cache.set(source, result.outputFiles[0].text);
      }
      return { body: cache.get(source), type: 'js' };
    },
  };
}

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages: the default figure (precomputed layout, no ELK worker) and one with its own layout.
export default defineConfig({
  build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), custom: resolve(import.meta.dirname, 'custom.html') } } },
});

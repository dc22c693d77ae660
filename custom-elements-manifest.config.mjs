// Custom elements manifest from the elements' JSDoc (@slot, @csspart, @cssprop, @fires):
// it feeds Storybook's controls and docs, and IDEs. Run by `pnpm build` (or `pnpm manifest`).
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.worker.ts', '**/*.d.ts', '**/test/**'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
};

// Custom elements manifest from the elements' JSDoc (@slot, @csspart, @cssprop, @fires): it feeds
// Storybook's controls and docs, the framework types (scripts/generate-types.mjs), and IDEs.
// Run by `pnpm build` (or `pnpm manifest`).

/**
 * A member's `@default` JSDoc tag is its documented default (what an absent attribute means),
 * replacing the initializer the analyzer reads (`null`, for "not set"). The attribute that
 * mirrors the member gets the same default.
 */
function documentedDefaults() {
  return {
    name: 'k8s-diagrams: documented defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
      if (!declaration) return;
      for (const member of node.members) {
        const name = member.name?.getText();
        const tag = ts.getJSDocTags(member).find((t) => t.tagName.getText() === 'default');
        if (!name || !tag) continue;
        const text = ts.getTextOfJSDocComment(tag.comment)?.trim();
        if (!text) continue;
        for (const doc of declaration.members ?? []) if (doc.name === name) doc.default = text;
        for (const doc of declaration.attributes ?? []) if (doc.fieldName === name) doc.default = text;
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.worker.ts', '**/*.d.ts', '**/test/**', '**/*.generated.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [documentedDefaults()],
};

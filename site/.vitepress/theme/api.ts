// The elements' public API, read from the custom elements manifest that `pnpm build` writes
// (packages/elements/custom-elements.json) with the filter Storybook uses
// (.storybook/public-api.ts): the element pages' tables are generated from it at build time.
import manifestJson from '../../../packages/elements/custom-elements.json';
import { declarationOf, publicManifest, type Manifest, type ManifestDeclaration } from '../../../.storybook/public-api.js';

export const manifest = manifestJson as unknown as Manifest;
const visible = publicManifest(manifest);

/** One element's public declaration: attributes, properties, methods, events, slots, parts, custom properties. */
export function publicDeclaration(tag: string): ManifestDeclaration {
  return declarationOf(visible, tag);
}

/** A manifest description split into text and `code` runs (rendered as text, never as HTML). */
export function codeRuns(text: string | undefined): Array<{ code: boolean; text: string }> {
  return (text ?? '').split('`').map((run, i) => ({ code: i % 2 === 1, text: run })).filter((r) => r.text !== '');
}

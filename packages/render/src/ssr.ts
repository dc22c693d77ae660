import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { stripLitMarkers } from './precision.js';

/** A Lit template (html or svg) as markup, rendered by Lit SSR in this process, with text and attributes escaped. */
export function templateToString(template: unknown, options: { markers?: boolean } = {}): string {
  const out = collectResultSync(render(template));
  return options.markers ? out : stripLitMarkers(out);
}

import { parseFragment } from 'parse5';
import { RenderError } from './errors.js';

/** The diagram elements a figure can be rendered from, and the icon. */
export const RENDERABLE_TAGS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];

/** One element of the author's HTML: its tag, its attributes, its element children. */
export interface MarkupElement {
  tag: string;
  attributes: ReadonlyMap<string, string>;
  children: MarkupElement[];
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  value?: string;
}

function toMarkup(node: Parse5Node): MarkupElement {
  return {
    tag: node.tagName!.toLowerCase(),
    attributes: new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value])),
    children: (node.childNodes ?? []).filter((n) => n.tagName !== undefined).map(toMarkup),
  };
}

/**
 * The one element a doc author would write (`<k8s-cluster control-planes="3"></k8s-cluster>`,
 * with its children), parsed as HTML parses it. Anything else is an error naming it.
 */
export function parseFigureHtml(html: string): MarkupElement & { tag: RenderableTag } {
  const fragment = parseFragment(html) as unknown as Parse5Node;
  const nodes = fragment.childNodes ?? [];
  const elements = nodes.filter((n) => n.tagName !== undefined);
  const stray = nodes.find((n) => n.nodeName === '#text' && (n.value ?? '').trim() !== '');
  if (elements.length === 0)
    throw new RenderError('invalid-input', `No element to render in ${JSON.stringify(html.slice(0, 60))}: write one of <${RENDERABLE_TAGS.join('>, <')}>.`);
  if (elements.length > 1 || stray)
    throw new RenderError('invalid-input', `Render one element at a time; found ${elements.map((e) => `<${e.tagName}>`).join(', ')}${stray ? ' and text' : ''}.`);
  const element = toMarkup(elements[0]!);
  if (!(RENDERABLE_TAGS as readonly string[]).includes(element.tag))
    throw new RenderError('unknown-element', `<${element.tag}> is not an element of k8s-diagrams; use one of <${RENDERABLE_TAGS.join('>, <')}>.`, element.tag);
  return element as MarkupElement & { tag: RenderableTag };
}

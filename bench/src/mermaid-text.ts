// Turns one of our models into Mermaid flowchart text, so Mermaid draws the same diagram:
// components → nodes, groups → subgraphs (nested like the model), edges → arrows.
import { componentLabel, isGroupKind, type Lang, type Model, type ModelComponent, type ModelEdge } from '@k8s-diagrams/core';

export type MermaidLayout = 'dagre' | 'elk';

export interface MermaidTextOptions {
  /** Mermaid's layout engine; `elk` is written in the text's front matter. */
  layout?: MermaidLayout;
  lang?: Lang;
  /** Prefix of the generated node ids (vary it between repetitions). */
  idPrefix?: string;
}

/** Text Mermaid shows as-is inside `["…"]`: quotes and markup characters as entities. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

/** The arrow for an edge kind: calls point from caller to callee, peers both ways. */
export function mermaidArrow(kind: ModelEdge['kind']): string {
  switch (kind) {
    case 'peer':
      return '<-->';
    case 'indirect':
      return '-.->';
    case 'removed':
      return '-.-x';
    default:
      return '-->';
  }
}

/**
 * Mermaid `flowchart TD` text for a model. Node ids are `<prefix><index>` (model ids may
 * hold characters Mermaid reads as syntax); labels are the English (or `lang`) labels the
 * elements draw. Every component and every edge of the model appears exactly once.
 */
export function modelToMermaid(model: Model, options: MermaidTextOptions = {}): string {
  const lang = options.lang ?? 'en';
  const prefix = options.idPrefix ?? 'n';
  const ids = new Map(model.components.map((c, i) => [c.id, `${prefix}${i}`]));
  const children = new Map<string | undefined, ModelComponent[]>();
  for (const c of model.components) {
    const parent = c.parent !== undefined && ids.has(c.parent) ? c.parent : undefined;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }

  const lines: string[] = [];
  if (options.layout === 'elk') lines.push('---', 'config:', '  layout: elk', '---');
  lines.push('flowchart TD');
  const emit = (c: ModelComponent, depth: number): void => {
    const pad = '  '.repeat(depth);
    const id = ids.get(c.id)!;
    const label = mermaidLabel(componentLabel(c, lang));
    if (isGroupKind(c.kind)) {
      lines.push(`${pad}subgraph ${id}["${label}"]`);
      for (const child of children.get(c.id) ?? []) emit(child, depth + 1);
      lines.push(`${pad}end`);
    } else {
      lines.push(`${pad}${id}["${label}"]`);
    }
  };
  for (const c of children.get(undefined) ?? []) emit(c, 1);
  for (const e of model.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from === undefined || to === undefined) throw new Error(`edge ${e.from}->${e.to} names an unknown component`);
    lines.push(`  ${from} ${mermaidArrow(e.kind)} ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

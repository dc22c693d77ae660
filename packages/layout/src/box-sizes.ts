import { componentLabels, isGroupKind, type ModelComponent } from '@k8s-diagrams/core';
import { textWidth, wrapLabel } from './metrics.js';

/** Drawing metrics of a component box; the renderer reads the same numbers. */
export const BOX = {
  fontSize: 13,
  lineHeight: 16,
  padX: 10,
  icon: 24,
  gap: 8,
  height: 40,
  twoLineHeight: 54,
  maxTextWidth: 150,
  minWidth: 96,
} as const;

/** Drawing metrics of a group (cluster, node, layer): a title band above its content. */
export const GROUP = {
  titleSize: 12,
  icon: 16,
  padTop: 34,
  pad: 14,
} as const;

export interface Size {
  width: number;
  height: number;
}

const quantize = (v: number) => Math.ceil(v / 4) * 4;

/** The lines a component's label is drawn on, shared by sizing and rendering. */
export function labelLines(text: string): string[] {
  return wrapLabel(text, BOX.fontSize, BOX.maxTextWidth);
}

const sizes = new Map<string, Size>();
const titles = new Map<string, number>();
const sizeKey = (c: Pick<ModelComponent, 'kind' | 'label'>) => `${c.kind}|${typeof c.label === 'object' ? JSON.stringify(c.label) : (c.label ?? '')}`;

/**
 * Size of a leaf component: fits the longer of its labels in every language. Remembered
 * per kind and label: a 500-worker cluster asks for the same few sizes thousands of times.
 */
export function componentSize(component: Pick<ModelComponent, 'kind' | 'label'>): Size {
  const key = sizeKey(component);
  const known = sizes.get(key);
  if (known) return { ...known };
  const size = measureComponent(component);
  sizes.set(key, size);
  return { ...size };
}

function measureComponent(component: Pick<ModelComponent, 'kind' | 'label'>): Size {
  let textW = 0;
  let lines = 1;
  for (const label of componentLabels(component)) {
    const wrapped = labelLines(label);
    lines = Math.max(lines, wrapped.length);
    for (const line of wrapped) textW = Math.max(textW, textWidth(line.trimEnd(), BOX.fontSize));
  }
  const width = Math.max(BOX.minWidth, quantize(BOX.padX + BOX.icon + BOX.gap + textW + BOX.padX + 2));
  return { width, height: lines > 1 ? BOX.twoLineHeight : BOX.height };
}

/** Smallest width a group needs for its title (icon + the longer of its titles). */
export function groupTitleWidth(component: Pick<ModelComponent, 'kind' | 'label'>): number {
  const key = sizeKey(component);
  const known = titles.get(key);
  if (known !== undefined) return known;
  let w = 0;
  for (const label of componentLabels(component)) w = Math.max(w, textWidth(label, GROUP.titleSize, true));
  const width = quantize(GROUP.pad + GROUP.icon + 6 + w + GROUP.pad);
  titles.set(key, width);
  return width;
}

export function isGroup(component: Pick<ModelComponent, 'kind'>): boolean {
  return isGroupKind(component.kind);
}

// Types of scripts/generate-types.mjs, for the tests that use its helpers.
export interface ManifestElement {
  tag: string;
  className: string;
  module: string;
  summary?: string;
  attributes: Array<{ name: string; field?: string; type: string; description?: string; default?: string }>;
  properties: Array<{ name: string; type: string; description?: string }>;
  events: Array<{ name: string; type: string; description?: string }>;
}
export function normalizeType(text: unknown): string;
export function attributeType(text: unknown): string;
export function camelHandler(event: string): string;
export function readElements(manifest: unknown): ManifestElement[];
export function sourceTypes(elements: ManifestElement[]): string;
export function frameworkTypes(elements: ManifestElement[]): Record<'react' | 'preact' | 'solid' | 'vue' | 'svelte', string>;
export function generate(options?: { check?: boolean }): { elements: ManifestElement[]; stale: string[] };

// Svelte's element types (svelte-check reads SvelteHTMLElements): attributes as written,
// `onk8s-step` (Svelte 5) and `on:k8s-step` (Svelte 4). Every `@ts-expect-error` line must
// stay an error.
import type { StepDetail } from '@k8s-diagrams/elements';
import type { SvelteHTMLElements } from 'svelte/elements';

export const cluster: SvelteHTMLElements['k8s-cluster'] = {
  'control-planes': '3',
  workers: 2,
  etcd: 'external',
  scenario: 'ha-failover',
  loop: true,
  class: 'figure',
  'onk8s-step': (e) => {
    const detail: StepDetail = e.detail;
    void detail.index.toFixed();
  },
  'on:k8s-play': (e) => void e.detail.scenario,
};
export const icon: SvelteHTMLElements['k8s-icon'] = { name: 'k-proxy', size: '24' };

// @ts-expect-error workers is a number
export const badWorkers: SvelteHTMLElements['k8s-cluster'] = { workers: 'abc' };
// @ts-expect-error no such theme
export const badTheme: SvelteHTMLElements['container-stack'] = { theme: 'sepia' };
// @ts-expect-error the detail's index is a number
export const badHandler: SvelteHTMLElements['k8s-cluster'] = { 'onk8s-step': (e: CustomEvent<{ index: string }>) => void e.detail.index };

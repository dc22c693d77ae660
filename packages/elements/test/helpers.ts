import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/k8s-diagrams.js';
import type { DiagramElement } from '../src/base/diagram-element.js';
import { createFromConfiguration, type Configuration } from '../../../stories/configurations.js';

/** Mocha globals, declared here so the tests typecheck without @types/mocha. */
declare global {
  function describe(name: string, body: () => void): void;
  function it(name: string, body: () => unknown): void;
  function before(body: () => unknown): void;
  function after(body: () => unknown): void;
  function beforeEach(body: () => unknown): void;
  function afterEach(body: () => unknown): void;
}

export type AnyDiagram = DiagramElement & HTMLElement;

/** Mounts a configuration (as a story would) and waits for its layout. */
export async function mount<T extends HTMLElement = AnyDiagram>(config: Configuration, extra: Record<string, string> = {}): Promise<T> {
  const el = createFromConfiguration(config, extra);
  const mounted = await fixture<HTMLElement>(html`<div style="width: 760px">${el}</div>`);
  const target = mounted.firstElementChild as T;
  await (target as unknown as { layoutComplete?: Promise<void> }).layoutComplete;
  return target;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

export const drawnKinds = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('[data-component]')].map((n) => n.getAttribute('data-kind')!);

export const drawnIds = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('[data-component]')].map((n) => n.getAttribute('data-component')!);

export const drawnEdges = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('[data-edge]')].map((n) => n.getAttribute('data-edge')!);

export const part = (el: Element, name: string): Element | null => shadow(el).querySelector(`[part~="${name}"]`);

export const component = (el: Element, id: string): SVGGElement =>
  shadow(el).querySelector<SVGGElement>(`[data-component="${CSS.escape(id)}"]`)!;

/** The description a component points to with aria-describedby. */
export const descriptionOf = (el: Element, id: string): string =>
  shadow(el).getElementById(component(el, id).getAttribute('aria-describedby')!)!.textContent;

/** Records console.warn calls made while `body` runs. */
export async function warningsDuring(body: () => unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Collects the events of one type fired by `el` while `body` runs. */
export async function eventsDuring<T = unknown>(el: EventTarget, type: string, body: () => unknown): Promise<CustomEvent<T>[]> {
  const seen: CustomEvent<T>[] = [];
  const listener = (e: Event) => seen.push(e as CustomEvent<T>);
  el.addEventListener(type, listener);
  try {
    await body();
  } finally {
    el.removeEventListener(type, listener);
  }
  return seen;
}

/** Waits for the element to settle after a change. */
export async function settle(el: Element): Promise<void> {
  await (el as AnyDiagram).updateComplete;
  await (el as AnyDiagram).layoutComplete;
  await (el as AnyDiagram).updateComplete;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { CONTROL_PLANE, CLUSTER, WORKER_NODE, CONTAINER_STACK, SCENARIOS, createFromConfiguration } from '../../../stories/configurations.js';
import { documentListenerCount } from '../src/internal/document-observer.js';
import { elkWorkerStats } from '../src/elk-worker-client.js';

/** Counts live observers and media-query listeners by wrapping their constructors and methods. */
function track() {
  const live = { resize: 0, mutation: 0, intersection: 0, media: 0 };
  const patches: Array<() => void> = [];
  const wrap = <T extends object>(proto: T, method: keyof T, delta: (this: unknown) => void) => {
    const original = proto[method] as unknown as (...a: unknown[]) => unknown;
    (proto as Record<PropertyKey, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      delta.call(this);
      return original.apply(this, args);
    };
    patches.push(() => ((proto as Record<PropertyKey, unknown>)[method] = original));
  };
  const observing = new WeakSet<object>();
  for (const [Ctor, name] of [
    [ResizeObserver, 'resize'],
    [MutationObserver, 'mutation'],
    [IntersectionObserver, 'intersection'],
  ] as const) {
    wrap(Ctor.prototype, 'observe', function (this: unknown) {
      if (!observing.has(this as object)) {
        observing.add(this as object);
        live[name]++;
      }
    });
    wrap(Ctor.prototype, 'disconnect', function (this: unknown) {
      if (observing.has(this as object)) {
        observing.delete(this as object);
        live[name]--;
      }
    });
  }
  wrap(MediaQueryList.prototype, 'addEventListener', () => live.media++);
  wrap(MediaQueryList.prototype, 'removeEventListener', () => live.media--);
  // Listeners on the page itself (window, document) must all be removed again.
  const pageTargets = new Set<EventTarget>([window, document]);
  const listeners = new Set<string>();
  const key = (target: EventTarget, type: string, fn: unknown) => `${target === window ? 'window' : 'document'}:${type}:${String(fn)}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: unknown, ...rest: unknown[]) {
    if (pageTargets.has(this)) listeners.add(key(this, type, fn));
    return (add as (...a: unknown[]) => void).call(this, type, fn, ...rest);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: unknown, ...rest: unknown[]) {
    if (pageTargets.has(this)) listeners.delete(key(this, type, fn));
    return (remove as (...a: unknown[]) => void).call(this, type, fn, ...rest);
  };
  patches.push(() => {
    EventTarget.prototype.addEventListener = add;
    EventTarget.prototype.removeEventListener = remove;
  });
  return { live, pageListeners: () => listeners.size, restore: () => patches.forEach((p) => p()) };
}

describe('memory: 100 connect/disconnect cycles', () => {
  for (const config of [
    CONTROL_PLANE[0]!,
    CLUSTER[0]!,
    WORKER_NODE[0]!,
    CONTAINER_STACK[2]!,
    CONTROL_PLANE.find((c) => c.name === 'Five replicas')!,
    SCENARIOS[0]!,
  ]) {
    it(`${config.tag} (${config.name}) leaves no observer, listener or extra worker behind`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const el = createFromConfiguration(config) as HTMLElement & { layoutComplete: Promise<void> };
      const { live, pageListeners, restore } = track();
      try {
        for (let i = 0; i < 100; i++) {
          host.append(el);
          if (i % 10 === 0) {
            await el.layoutComplete;
            // With a scenario: play, so that removing must also stop the motion.
            (el as unknown as { play?: () => void }).play?.();
          }
          el.remove();
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(live).to.deep.equal({ resize: 0, mutation: 0, intersection: 0, media: 0 });
        expect(documentListenerCount()).to.equal(0);
        expect(pageListeners(), 'listeners left on window or document').to.equal(0);
        const stats = elkWorkerStats();
        expect(stats.alive ? 1 : 0).to.be.at.most(1, 'never more than the one shared ELK worker');
      } finally {
        restore();
      }
    });
  }
});

/**
 * One MutationObserver per page for the attributes that change how every diagram looks
 * (`lang` anywhere, `class` / `data-theme` / `style` on <html>), fanned out to the
 * elements that listen. One observer instead of one per element keeps pages with many
 * diagrams cheap, and disconnects when the last element leaves.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function onDocumentChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'class', 'data-theme', 'style'],
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** For the memory test: how many elements listen (0 once they are all gone). */
export function documentListenerCount(): number {
  return listeners.size;
}

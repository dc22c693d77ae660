/**
 * Observers shared by the page's diagrams for the attributes that change how they all look
 * (`lang` anywhere, `class` / `data-theme` / `style` on <html>), fanned out to the elements
 * that listen. Shared instead of one per element keeps pages with many diagrams cheap;
 * they disconnect when the last element leaves.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observers: MutationObserver[] = [];

export function onDocumentChange(listener: Listener): () => void {
  listeners.add(listener);
  if (observers.length === 0 && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    const notify = () => {
      for (const l of [...listeners]) l();
    };
    // `lang` anywhere (an ancestor's may change); the theme switches only on <html>, so
    // a page busy changing classes elsewhere costs the diagrams nothing.
    const lang = new MutationObserver(notify);
    lang.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
    const theme = new MutationObserver(notify);
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    observers = [lang, theme];
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      for (const o of observers) o.disconnect();
      observers = [];
    }
  };
}

/** For the memory test: how many elements listen (0 once they are all gone). */
export function documentListenerCount(): number {
  return listeners.size;
}

/**
 * Registers a custom element unless the page cannot (server-side builds) or already did
 * (the define module loaded twice, from two bundles). Never throws.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`k8s-diagrams: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}

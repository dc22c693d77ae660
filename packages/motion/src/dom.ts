const SVG = 'http://www.w3.org/2000/svg';

/** Appends an element with attributes: all the DOM building the player needs (no markup strings). */
export function append<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes?: Record<string, string | number>): SVGElementTagNameMap[K];
export function append<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, attributes?: Record<string, string | number>, html?: true): HTMLElementTagNameMap[K];
export function append(parent: Element, tag: string, attributes: Record<string, string | number> = {}, html?: true): Element {
  const element = html ? parent.ownerDocument.createElement(tag) : parent.ownerDocument.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent.append(element);
  return element;
}

/** Cancels every animation under `root` and removes its children. */
export function empty(root: Element): void {
  for (const a of root.getAnimations({ subtree: true })) a.cancel();
  root.replaceChildren();
}

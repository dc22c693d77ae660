const warned = new WeakMap<object, Set<string>>();

/**
 * Warns in the console once per element and message, so a bad attribute is reported
 * without flooding the console on every render.
 */
export function warnOnce(owner: object, message: string): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`k8s-diagrams: ${message}`);
}

/** Forget what was warned, so the same mistake made again after a fix is reported again. */
export function resetWarnings(owner: object): void {
  warned.delete(owner);
}

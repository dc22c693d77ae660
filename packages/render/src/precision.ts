/**
 * Fixed precision for every number in attribute values (path data, transforms, sizes): two
 * decimals, trailing zeros dropped. Output is then byte-identical across runs and machines,
 * and committed SVGs diff cleanly. Text content is left as the author wrote it.
 */
export function fixPrecision(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (whole, value: string) =>
    /\d\.\d{3}/.test(value) ? `="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"` : whole,
  );
}

/** Removes Lit SSR's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, `<?lit$…?>`). */
export function stripLitMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?(?:lit\$\d+\$)?>/g, "");
}

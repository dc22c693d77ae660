/** An sRGB colour: red, green, blue 0–255, alpha 0–1. */
export type Rgba = [number, number, number, number];

let pixel: CanvasRenderingContext2D | undefined;

/**
 * A valid CSS colour (a computed one, or a literal) as sRGB, painted on one pixel and read
 * back: getComputedStyle keeps `oklch(…)` or `color(…)` backgrounds as written, and the
 * canvas reads them all.
 */
export function rgba(color: string): Rgba {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data as unknown as Rgba;
  return [r, g, b, a / 255];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG contrast ratio between two luminances, 1 to 21. */
export const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * The colour behind an element: its own and its ancestors' backgrounds (across shadow
 * roots) laid over each other down to the first opaque one, or, when none is, over the
 * page's canvas. The canvas is light unless the page's `color-scheme` (property or
 * `<meta name="color-scheme">`) allows dark and, when it allows both, the system prefers dark.
 */
export function backdropColor(element: Element): Rgba {
  const layers: Rgba[] = [];
  let opaque: Rgba | undefined;
  for (let node: Element | null = element; node && !opaque; ) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] === 1) opaque = color;
    else if (color[3]) layers.unshift(color);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  let result = opaque ?? canvasColor();
  for (const [r, g, b, a] of layers) result = [...[r, g, b].map((v, i) => v * a + result[i]! * (1 - a)), 1] as Rgba;
  return result;
}

function canvasColor(): Rgba {
  let scheme = getComputedStyle(document.documentElement).colorScheme;
  if (scheme === 'normal') scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const words = scheme.split(/\s+/);
  const dark = words.includes('dark') && (!words.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}

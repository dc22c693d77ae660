/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** What browsers paint behind a page with no background, light and dark. */
const CANVAS = { light: { r: 255, g: 255, b: 255, a: 1 }, dark: { r: 18, g: 18, b: 18, a: 1 } } as const;

/**
 * A computed colour as sRGB: `rgb(…)` / `rgba(…)` and `#rrggbb` read directly, any other form
 * (`oklch(…)`, `color(…)`, which getComputedStyle keeps as written) painted once on a
 * one-pixel canvas and read back.
 */
export function parseColor(value: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value.trim());
  if (match) {
    const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
    return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
  }
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(value.trim());
  if (hex) return { r: parseInt(hex[1]!, 16), g: parseInt(hex[2]!, 16), b: parseInt(hex[3]!, 16), a: 1 };
  return paintedColor(value);
}

let pixel: CanvasRenderingContext2D | null | undefined;

function paintedColor(value: string): Rgba | undefined {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel || value.trim() === '') return undefined;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
  return { r, g, b, a: a / 255 };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG contrast ratio between two luminances, 1 to 21. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The colour behind an element: its own and its ancestors' backgrounds (across shadow
 * roots) laid over each other down to the first opaque one, or, when none is, over the
 * page's canvas. The canvas is light unless the page's `color-scheme` (property or
 * `<meta name="color-scheme">`) allows dark and, when it allows both, the system prefers dark.
 */
export function backdropColor(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  let result: Rgba = layers.at(-1)?.a === 1 ? layers.pop()! : canvasColor();
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

function canvasColor(): Rgba {
  const root = document.documentElement;
  let scheme = getComputedStyle(root).colorScheme.trim();
  if (scheme === '' || scheme === 'normal') scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content')?.trim() ?? '';
  const words = scheme.split(/\s+/);
  if (!words.includes('dark')) return CANVAS.light;
  const light = words.includes('light');
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return !light || prefersDark ? CANVAS.dark : CANVAS.light;
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family the layout's text metrics were measured for (among others): shipped with the package, used for PNGs and embedded in animated SVGs. */
export const EMBEDDED_FAMILY = 'K8s Diagrams Sans';

/** DejaVu Sans, regular and bold (from the `dejavu-fonts-ttf` package, under its free licence). */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

/**
 * `@font-face` rules with the two weights subset to the characters the file draws, as WOFF2
 * data: no external reference, and the file looks the same on every machine.
 */
export async function embeddedFontCss(text: string): Promise<string> {
  const { default: subsetFont } = await import('subset-font');
  // Digits and the counter's characters are always in: a beat counter may need any of them.
  const chars = [...new Set(`${text}0123456789 ()–/`)].sort().join('');
  const faces = await Promise.all(
    (['regular', 'bold'] as const).map(async (weight) => {
      const font = await subsetFont(await readFile(FONT_FILES[weight]), chars, { targetFormat: 'woff2' });
      return `@font-face{font-family:"${EMBEDDED_FAMILY}";font-weight:${weight === 'bold' ? '600 800' : '100 500'};src:url(data:font/woff2;base64,${font.toString('base64')}) format("woff2")}`;
    }),
  );
  return faces.join('\n');
}

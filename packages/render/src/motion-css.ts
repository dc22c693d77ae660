/** Sizes of the caption band under an animated or one-beat figure. */
export const CAPTION = { size: 14, line: 20, counter: 13, gap: 14 } as const;

/** How the motion layer looks in a file: the player's colours for the figure's theme. */
export function motionCss(values: ReadonlyMap<string, string>): string {
  const v = (name: string, fallback: string) => values.get(name) ?? fallback;
  return [
    `.k8s-token circle{fill:${v('--_token', '#e8590c')}}`,
    `.k8s-token .k8s-token-hollow{fill:${v('--_surface', '#fff')};stroke:${v('--_token', '#e8590c')}}`,
    `.k8s-token text{fill:${v('--_text', '#1b2437')};paint-order:stroke;stroke:${v('--_surface', '#fff')};stroke-width:3px;stroke-linejoin:round}`,
    `.k8s-ring{stroke:${v('--_token', '#e8590c')}}`,
    `.k8s-pull{fill:none;stroke:${v('--_token', '#e8590c')};stroke-width:2}`,
    `.k8s-counter{font-size:${CAPTION.counter}px;fill:${v('--_muted', '#4a5772')}}`,
    `.k8s-caption{font-size:${CAPTION.size}px;fill:${v('--_text', '#1b2437')}}`,
  ].join('\n');
}

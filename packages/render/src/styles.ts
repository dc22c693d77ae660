import { diagramStyles, playerStyles, tokenStyles } from '@k8s-diagrams/elements/drawing';
import { iconStyles } from '@k8s-diagrams/icons';
import type { RenderTheme } from './figure.js';

interface Rule {
  selectors: string[];
  body: string;
  media?: string;
}

/** Splits a stylesheet into rules, one level of `@media` deep (all the elements use). */
function rulesOf(cssText: string): Rule[] {
  const text = cssText.replace(/\/\*[^]*?\*\//g, '');
  const rules: Rule[] = [];
  const walk = (source: string, media?: string) => {
    let i = 0;
    while (i < source.length) {
      const open = source.indexOf('{', i);
      if (open < 0) break;
      const head = source.slice(i, open).trim();
      if (head.startsWith('@media')) {
        let depth = 1;
        let j = open + 1;
        while (j < source.length && depth > 0) {
          if (source[j] === '{') depth++;
          else if (source[j] === '}') depth--;
          j++;
        }
        walk(source.slice(open + 1, j - 1), head.slice('@media'.length).trim());
        i = j;
        continue;
      }
      const close = source.indexOf('}', open);
      rules.push({ selectors: head.split(',').map((s) => s.trim()), body: source.slice(open + 1, close).trim(), ...(media ? { media } : {}) });
      i = close + 1;
    }
  };
  walk(text);
  return rules;
}

function declarations(body: string): [string, string][] {
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim().replace(/\s+/g, ' ')];
    });
}

/** `var(--k8s-x, fallback)` → fallback: the default, since a file has no page to set tokens. */
const fallbackOf = (value: string): string => value.replace(/^var\(\s*--k8s-[\w-]+\s*,\s*([^]*)\)$/, '$1').trim();

/** The theme's values of the private `--_*` variables and the icon tokens, as the frame sets them. */
function themeValues(rules: Rule[], theme: RenderTheme): Map<string, string> {
  const values = new Map<string, string>();
  const frames = rules.filter((r) => !r.media && r.selectors.length === 1 && (r.selectors[0] === '.frame' || (theme === 'dark' && r.selectors[0] === '.frame.dark')));
  for (const rule of frames)
    for (const [name, value] of declarations(rule.body)) if (name.startsWith('--')) values.set(name, fallbackOf(value));
  return values;
}

/** Replaces `var(--name[, fallback])` by the theme's value, else the fallback (innermost first). */
function resolveVars(value: string, values: ReadonlyMap<string, string>): string {
  let out = value;
  for (let guard = 0; guard < 8 && out.includes('var('); guard++)
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (_, name: string, fallback?: string) => values.get(name) ?? fallback?.trim() ?? 'initial');
  return out;
}

// Page chrome the file has none of: the frame, focus and hover, the tooltip, toolbar, legend and controls.
const CHROME = /:host|:hover|:focus|\bbutton\b|\bselect\b|summary|\.(tooltip|legend|footer|toolbar|error|loading|visually-hidden|viewport|figure|player|caption|motion-overlay|focus-ring)\b/;

/**
 * The elements' own stylesheets (tokens, drawing, icons, tokens of the motion layer) made
 * standalone for one theme: no custom properties (resvg and some viewers have none), no
 * `:host`, only the rules that style the drawing. The SVG then looks as the element does.
 */
export function standaloneCss(theme: RenderTheme): { css: string; values: ReadonlyMap<string, string> } {
  let known = computed.get(theme);
  if (!known) computed.set(theme, (known = compute(theme)));
  return known;
}

const computed = new Map<RenderTheme, { css: string; values: ReadonlyMap<string, string> }>();

function compute(theme: RenderTheme): { css: string; values: ReadonlyMap<string, string> } {
  const tokens = rulesOf(tokenStyles.cssText);
  const values = themeValues(tokens, theme);
  const host = tokens.find((r) => r.selectors.includes(':host') && r.body.includes('font-family'));
  const font = host ? resolveVars(declarations(host.body).find(([n]) => n === 'font-family')![1], values) : 'sans-serif';
  const out: string[] = [`svg{font-family:${font}}`];
  const push = (rule: Rule) => {
    const selectors = rule.selectors
      .map((s) => (s.startsWith('.frame.dark ') ? (theme === 'dark' ? s.slice('.frame.dark '.length) : '') : s))
      .filter((s) => s !== '' && !s.startsWith('.frame') && !CHROME.test(s));
    if (selectors.length === 0) return;
    const body = declarations(rule.body)
      .filter(([name]) => !name.startsWith('--') && name !== 'cursor' && name !== 'pointer-events' && name !== 'outline')
      .map(([name, value]) => `${name}:${resolveVars(value, values)}`)
      .join(';');
    if (!body) return;
    const css = `${selectors.join(',')}{${body}}`;
    out.push(rule.media ? `@media ${rule.media}{${css}}` : css);
  };
  for (const sheet of [iconStyles, diagramStyles, playerStyles]) for (const rule of rulesOf(sheet.cssText)) push(rule);
  return { css: out.join('\n'), values };
}

import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { ICON_NAMES, type IconName } from '@k8s-diagrams/core';
import { ICON_VIEWBOX, ICONS, iconStyles, iconTemplate } from '../src/index.js';
import { podIcon } from '../src/icons/pod.js';

// Mocha globals set up by @web/test-runner (the workspace has no @types/mocha). Module-scoped,
// so these shadow rather than clash with global declarations if those are ever added.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => void | Promise<void>) => void;

const SVG_NS = 'http://www.w3.org/2000/svg';
const SHAPES = 'rect, circle, ellipse, path, line, polyline, polygon, text';

/** Renders one icon, styled like a component would, in a 32×32 viewBox at 96 px. */
function renderIcon(name: IconName): { host: HTMLElement; root: SVGSVGElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = iconStyles.styleSheet;
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  render(svg`<svg xmlns=${SVG_NS} viewBox="0 0 32 32" width="96" height="96">${iconTemplate(name)}</svg>`, shadow);
  const root = shadow.querySelector('svg');
  if (!root) throw new Error(`${name}: nothing rendered`);
  return { host, root };
}

/** Bounding box of the glyph (every shape but the background tile) in viewBox units. */
function glyphBox(root: SVGSVGElement): { x1: number; y1: number; x2: number; y2: number } {
  const toViewBox = root.getScreenCTM()!.inverse();
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const shape of root.querySelectorAll<SVGGraphicsElement>(SHAPES)) {
    if (shape.classList.contains('k8s-icon-bg')) continue;
    const b = shape.getBBox();
    const m = toViewBox.multiply(shape.getScreenCTM()!);
    for (const [x, y] of [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.height],
      [b.x + b.width, b.y + b.height],
    ] as const) {
      const p = new DOMPoint(x, y).matrixTransform(m);
      box.x1 = Math.min(box.x1, p.x);
      box.y1 = Math.min(box.y1, p.y);
      box.x2 = Math.max(box.x2, p.x);
      box.y2 = Math.max(box.y2, p.y);
    }
  }
  return box;
}

describe('@k8s-diagrams/icons', () => {
  it('has a template for every name in ICON_NAMES, and nothing else', () => {
    expect(ICON_VIEWBOX).to.equal(32);
    for (const name of ICON_NAMES) {
      expect(ICONS[name], name).to.not.equal(undefined);
      expect(iconTemplate(name)).to.equal(ICONS[name]);
    }
    expect(Object.keys(ICONS).sort()).to.deep.equal([...ICON_NAMES].sort());
  });

  it('exports each icon on its own too', () => {
    expect(ICONS.pod).to.equal(podIcon);
  });

  for (const name of ICON_NAMES) {
    it(`renders "${name}": a tile, a glyph inside 3..29, nothing unsafe`, () => {
      const { host, root } = renderIcon(name);
      try {
        const tiles = root.querySelectorAll('.k8s-icon-bg');
        expect(tiles.length, 'background tiles').to.equal(1);
        expect(getComputedStyle(tiles[0]!).fill, 'tile colour comes from iconStyles').to.equal('rgb(50, 108, 229)');

        const glyph = [...root.querySelectorAll(SHAPES)].filter((e) => !e.classList.contains('k8s-icon-bg'));
        expect(glyph.length, 'glyph elements').to.be.greaterThan(0);

        expect(root.querySelector('script, style, foreignObject, image, use, a'), 'unsafe or external element').to.equal(null);
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            expect(attribute.name, `${element.localName} attribute`).not.to.match(/^on/i);
            expect(attribute.name, `${element.localName} attribute`).not.to.equal('id');
            expect(attribute.value, `${element.localName} ${attribute.name}`).not.to.match(/url\(|javascript:/i);
          }
        }

        const box = glyphBox(root);
        const inside = (v: number) => v >= 3 - 1e-6 && v <= 29 + 1e-6;
        expect(
          [box.x1, box.y1, box.x2, box.y2].every(inside),
          `glyph box ${[box.x1, box.y1, box.x2, box.y2].map((v) => v.toFixed(2)).join(', ')} not within 3..29`,
        ).to.equal(true);
        expect(box.x2 - box.x1, 'glyph width').to.be.greaterThan(8);
        expect(box.y2 - box.y1, 'glyph height').to.be.greaterThan(8);
      } finally {
        host.remove();
      }
    });
  }

  it('draws no two icons alike', () => {
    const seen = new Map<string, IconName>();
    for (const name of ICON_NAMES) {
      const { host, root } = renderIcon(name);
      // Reading markup (not writing it) to compare the drawings.
      const markup = new XMLSerializer().serializeToString(root).replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').trim();
      host.remove();
      expect(seen.get(markup), `${name} has the same markup as ${seen.get(markup)}`).to.equal(undefined);
      seen.set(markup, name);
    }
    expect(seen.size).to.equal(ICON_NAMES.length);
  });
});

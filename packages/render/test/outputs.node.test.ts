import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { buildClusterModel, clusterOptions, resolveScenario, type Model } from '@k8s-diagrams/core';
import { createLayoutEngine, loadMorePresets, PRESETS } from '@k8s-diagrams/layout';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';
import { SCENARIO_PRESETS } from '@k8s-diagrams/layout/scenario-presets';
import { motionSteps } from '@k8s-diagrams/motion';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { renderAnimatedSvg, renderPng, renderSvg } from '../src/index.js';

const XSS = '<img src=x onerror="alert(1)">';

function markupModel(): Model {
  const options = clusterOptions(() => null);
  assert.ok(options.ok);
  const model = buildClusterModel(options.value);
  return { ...model, components: model.components.map((c) => (c.kind === 'kubelet' ? { ...c, label: XSS } : c)) };
}

describe('renderSvg', () => {
  it('gives byte-identical output on every run and in another process', async () => {
    const html = '<k8s-cluster control-planes="3" workers="3"></k8s-cluster>';
    const first = await renderSvg(html, { lang: 'fr' });
    assert.equal(await renderSvg(html, { lang: 'fr' }), first);
    const script = `import { renderSvg } from './packages/render/src/index.ts'; process.stdout.write(await renderSvg(${JSON.stringify(html)}, { lang: 'fr' }));`;
    const other = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(other, first);
    // Fixed precision: no number in an attribute has more than two decimals.
    assert.doesNotMatch(first, /="[^"]*\d\.\d{3}/);
  });

  it('is an accessible image: role="img", <title> and <desc> naming the figure', async () => {
    const svg = await renderSvg('<k8s-control-plane replicas="3" lang="fr"></k8s-control-plane>');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="(k8s-\w+-title) (k8s-\w+-desc)"/);
    assert.match(svg, /<title id="k8s-\w+-title">Plan de contrôle Kubernetes en haute disponibilité<\/title>/);
    assert.match(svg, /<desc id="k8s-\w+-desc">Diagramme avec [^<]*kube-apiserver/);
  });

  it('keeps author strings as text: a label holding markup is escaped', async () => {
    const svg = await renderSvg(markupModel());
    assert.doesNotMatch(svg, /<img/);
    assert.match(svg, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
  });

  it('draws <k8s-icon> as an icon file with its label', async () => {
    const svg = await renderSvg('<k8s-icon name="sched" label="Ordonnanceur" size="64"></k8s-icon>');
    assert.match(svg, /^<svg [^>]*role="img" aria-label="Ordonnanceur"[^>]*width="64" height="64"/);
    assert.match(svg, /<title>Ordonnanceur<\/title>/);
  });

  it('reports the elements’ errors with their codes', async () => {
    await assert.rejects(renderSvg('<k8s-cluster workers="abc"></k8s-cluster>'), { code: 'invalid-attribute' });
    await assert.rejects(renderSvg('<k8s-clustr></k8s-clustr>'), { code: 'unknown-element' });
    await assert.rejects(renderSvg('<k8s-cluster></k8s-cluster>', { scenario: 'nope' }), { code: 'unknown-scenario' });
    await assert.rejects(renderSvg('<k8s-control-plane scenario="ha-failover"></k8s-control-plane>'), { code: 'scenario-not-applicable' });
    await assert.rejects(renderSvg('<k8s-cluster></k8s-cluster>', { scenario: 'kubectl-apply', step: 99 }), { code: 'invalid-option' });
    await assert.rejects(renderSvg({ components: [{ id: 'a', kind: 'nope' }], edges: [] } as unknown as Model), { code: 'invalid-model' });
  });
});

describe('renderAnimatedSvg and renderPng in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let animated: string;
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    await page.addInitScript('globalThis.__name = (f) => f');
    animated = await renderAnimatedSvg('<k8s-cluster></k8s-cluster>', { scenario: 'kubectl-apply', beatDuration: 1000, endPause: 1000 });
  });
  after(async () => {
    await browser?.close();
  });

  it('plays where scripts never run: no script, no on* attribute, no link out, no foreignObject', () => {
    assert.doesNotMatch(animated, /<script/i);
    assert.doesNotMatch(animated, /\son[a-z]+=/i);
    assert.doesNotMatch(animated, /<foreignObject/i);
    for (const m of animated.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(m[1]!, /^#/, `reference ${m[1]}`);
    assert.doesNotMatch(animated, /url\((?!data:|#)/);
    assert.match(animated, /@keyframes/);
    assert.match(animated, /@font-face\{font-family:"K8s Diagrams Sans"[^}]*src:url\(data:font\/woff2;base64,/);
  });

  it('moves: loaded as an <img>, two screenshots at different times differ', async () => {
    const url = `data:image/svg+xml;base64,${Buffer.from(animated).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img id="figure" src="${url}"></body>`);
    await page.waitForFunction(() => (document.getElementById('figure') as HTMLImageElement).complete);
    const figure = page.locator('#figure');
    const a = await figure.screenshot();
    await page.waitForTimeout(1300);
    const b = await figure.screenshot();
    assert.notDeepEqual(a, b);
  });

  it('puts each beat’s token where the scenario says, at the time it says', async () => {
    // The same figure and scenario as the element plays: where each step of a beat ends.
    const options = clusterOptions(() => null);
    assert.ok(options.ok);
    const resolved = resolveScenario('kubectl-apply', buildClusterModel(options.value), 'k8s-cluster');
    assert.ok(resolved.ok);
    const engine = createLayoutEngine({ elk: nodeElkFactory, presets: { ...PRESETS, ...SCENARIO_PRESETS }, morePresets: loadMorePresets });
    const laid = await engine.layout(resolved.value.model);
    assert.ok(laid.ok);
    const beats = motionSteps(resolved.value, laid.geometry, 'en');
    await page.setContent(`<body style="margin:0">${animated}</body>`);
    const moving = beats.map((steps, beat) => ({ beat, step: steps.find((s) => s.kind !== 'watch' && s.path.length > 1) })).filter((b) => b.step);
    assert.ok(moving.length >= 3);
    for (const { beat, step } of [moving[0]!, moving[Math.floor(moving.length / 2)]!, moving[moving.length - 1]!]) {
      if (!step) continue;
      const end = step.path[step.path.length - 1]!;
      const start = step.path[0]!;
      // 90% into the beat the token has arrived (it travels during the first 80%); at 10% it is on its way.
      for (const [share, expected, exact] of [
        [0.9, end, true],
        [0.1, start, false],
      ] as const) {
        const at: { x: number; y: number; opacity: string } = await page.evaluate(
          ({ id, time }) => {
            for (const a of document.getAnimations()) {
              a.pause();
              a.currentTime = time;
            }
            const token = document.querySelector(`.k8s-token[data-step="${id}"] circle`)!;
            const box = token.getBoundingClientRect();
            const svg = document.querySelector('svg')!.getBoundingClientRect();
            return { x: box.x + box.width / 2 - svg.x, y: box.y + box.height / 2 - svg.y, opacity: getComputedStyle(token.parentElement!).opacity };
          },
          { id: step.id, time: (beat + share) * 1000 },
        );
        assert.equal(at.opacity, '1', `beat ${beat + 1} at ${share}: shown`);
        // The file's viewBox starts 12 px before the drawing (its surface's padding).
        const distance = Math.hypot(at.x - (expected.x + 12), at.y - (expected.y + 12));
        if (exact) assert.ok(distance < 1, `beat ${beat + 1}: token at ${at.x},${at.y}, expected ${expected.x + 12},${expected.y + 12}`);
        else assert.ok(distance < Math.hypot(end.x - start.x, end.y - start.y) + 1, `beat ${beat + 1}: on its way`);
      }
      // Outside its beat, hidden (the last beat holds through the pause at the end).
      const later = await page.evaluate(
        ({ id, time }) => {
          for (const a of document.getAnimations()) a.currentTime = time;
          return getComputedStyle(document.querySelector(`.k8s-token[data-step="${id}"]`)!).opacity;
        },
        { id: step.id, time: beat > 0 ? (beat - 0.5) * 1000 : 1500 },
      );
      assert.equal(later, '0');
    }
  });

  it('draws a Pod the scenario creates only from the beat that creates it', async () => {
    await page.setContent(`<body style="margin:0">${animated}</body>`);
    const shown = (time: number) =>
      page.evaluate((t) => {
        for (const a of document.getAnimations()) {
          a.pause();
          a.currentTime = t;
        }
        return getComputedStyle(document.querySelector('.k8s-base [data-component="worker-1.nginx-1"]')!).visibility;
      }, time);
    assert.equal(await shown(500), 'hidden', 'not drawn during the first beat');
    assert.equal(await shown(22_500), 'visible', 'drawn by the last beat');
  });

  it('writes a PNG of the expected size, with dark pixels where the labels are', async () => {
    const png = await renderPng('<k8s-control-plane></k8s-control-plane>', { scale: 2 });
    const buffer = Buffer.from(png);
    assert.equal(buffer.subarray(1, 4).toString(), 'PNG');
    const width = buffer.readUInt32BE(16);
    const height = buffer.readUInt32BE(20);
    const svg = await renderSvg('<k8s-control-plane></k8s-control-plane>');
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    assert.equal(width, Math.round(Number(w) * 2));
    assert.equal(height, Math.round(Number(h) * 2));
    // The apiserver's label: its text box in the SVG, in PNG pixels.
    const box = /data-component="apiserver"[^>]*transform="translate\(([\d.]+) ([\d.]+)\)"/.exec(svg)!;
    const [x, y] = [Number(box[1]) + 12, Number(box[2]) + 12];
    const dark = await page.evaluate(
      async ({ url, rect }) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(rect.x, rect.y, rect.w, rect.h).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200 && data[i + 3]! > 200) n++;
        return n;
      },
      { url: `data:image/png;base64,${buffer.toString('base64')}`, rect: { x: (x + 42) * 2, y: (y + 10) * 2, w: 100 * 2, h: 20 * 2 } },
    );
    assert.ok(dark > 50, `${dark} dark pixels where “kube-apiserver” is written`);
  });
});

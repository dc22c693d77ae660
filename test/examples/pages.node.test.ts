// The seed page exists six times: Storybook (MDX), VitePress and plain HTML, each in French
// and English. These checks read the sources (no browser): the same figures with the same
// scenarios and controls, the same icons with labels in the page's language, and the
// control-plane scenario valid in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveScenario, type AuthorText } from '@k8s-diagrams/core';
import { controlPlaneScenario } from '../../examples/shared/control-plane-scenario.js';
import { FIGURES, figureModel, ICONS } from './support.js';

const SOURCES = [
  { file: 'stories/seed-page.fr.mdx', lang: 'fr' },
  { file: 'stories/seed-page.en.mdx', lang: 'en' },
  { file: 'examples/vitepress/index.md', lang: 'fr' },
  { file: 'examples/vitepress/en/index.md', lang: 'en' },
  { file: 'examples/html/index.html', lang: 'fr' },
  { file: 'examples/html/en.html', lang: 'en' },
] as const;

interface Tag {
  tag: string;
  attributes: Record<string, string>;
}

/** Our elements' opening tags in a page source, with their attributes (JSX and Vue bindings as written). */
function tagsIn(source: string): Tag[] {
  const code = source.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '');
  return [...code.matchAll(/<(k8s-[a-z-]+|container-stack)\b([^>]*)>/g)].map((m) => ({
    tag: m[1]!,
    attributes: Object.fromEntries([...m[2]!.matchAll(/([:.\w-]+)(?:="([^"]*)"|=\{([^}]*)\})?/g)].map((a) => [a[1]!, a[2] ?? a[3] ?? ''])),
  }));
}

describe('the six versions of the seed page', () => {
  for (const { file, lang } of SOURCES) {
    it(`${file}: the six figures with their scenario and controls, the ten icons in ${lang}`, () => {
      const source = readFileSync(file, 'utf8');
      const tags = tagsIn(source);
      const diagrams = tags.filter((t) => t.tag !== 'k8s-icon');
      assert.deepEqual(
        diagrams.map((d) => `${d.tag}#${d.attributes.id}`),
        FIGURES.map((f) => `${f.tag}#${f.id}`),
      );
      for (const [i, d] of diagrams.entries()) {
        const figure = FIGURES[i]!;
        for (const [name, value] of Object.entries(figure.attributes)) assert.equal(d.attributes[name], value, `${file} #${figure.id} ${name}`);
        assert.ok('controls' in d.attributes, `${file} #${figure.id} has controls`);
        assert.equal(d.attributes.lang, undefined, `${file} #${figure.id} follows the page's language`);
        if (typeof figure.scenario === 'string') assert.equal(d.attributes.scenario, figure.scenario, `${file} #${figure.id} scenario`);
        else if (file.endsWith('.mdx')) {
          // Through a ref: Storybook's docs render with React 18, which would make the object an attribute.
          assert.equal(d.attributes.ref, 'setControlPlaneScenario');
          assert.match(source, /export const setControlPlaneScenario = \(element\) => \{ if \(element\) element\.scenario = controlPlaneScenario; \};/);
        }
        else if (file.endsWith('.md')) assert.equal(d.attributes[':scenario.prop'], 'controlPlaneScenario');
        else assert.match(source, /import \{ controlPlaneScenario \} from '\.\.\/shared\/control-plane-scenario\.js';\s+document\.getElementById\('control-plane'\)\.scenario = controlPlaneScenario;/);
      }
      const icons = tags.filter((t) => t.tag === 'k8s-icon');
      assert.deepEqual(
        icons.map((i) => `${i.attributes.name} ${i.attributes.size} ${i.attributes.label}`),
        ICONS.map((i) => `${i.name} ${i.size} ${i.label[lang]}`),
      );
    });
  }

  it('the pages load the elements as a user would: MDX from the sources, VitePress from npm, HTML from the bundle', () => {
    for (const file of ['stories/seed-page.fr.mdx', 'stories/seed-page.en.mdx']) assert.match(readFileSync(file, 'utf8'), /^import '\.\.\/packages\/elements\/src\/k8s-diagrams\.ts';$/m);
    assert.match(readFileSync('examples/vitepress/.vitepress/theme/index.ts', 'utf8'), /^import '@k8s-diagrams\/elements\/all';$/m);
    const pkg = JSON.parse(readFileSync('examples/vitepress/package.json', 'utf8')) as { dependencies: Record<string, string> };
    assert.equal(pkg.dependencies['@k8s-diagrams/elements'], 'workspace:*');
    for (const file of ['examples/html/index.html', 'examples/html/en.html']) {
      const html = readFileSync(file, 'utf8');
      assert.match(html, /<script type="module" src="\.\.\/\.\.\/packages\/elements\/dist\/k8s-diagrams\.bundle\.js"><\/script>/);
      assert.equal([...html.matchAll(/<script\b/g)].length, 2, `${file}: the bundle and the scenario, nothing else`);
    }
  });
});

describe('the control-plane scenario (examples/shared)', () => {
  const figure = FIGURES.find((f) => f.id === 'control-plane')!;

  it('plays on <k8s-control-plane cloud="OVH">, one beat per step, and on no other figure of the page', () => {
    const resolved = resolveScenario(controlPlaneScenario, figureModel(figure), 'k8s-control-plane');
    assert.ok(resolved.ok, resolved.ok ? '' : resolved.errors.map((e) => e.message.en).join('; '));
    assert.equal(resolved.value.beats.length, controlPlaneScenario.steps.length);
    const kinds = new Set(resolved.value.steps.flatMap((s) => [s.from, s.to]));
    for (const id of ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'cloud']) assert.ok(kinds.has(id), `a step involves ${id}`);
    for (const other of FIGURES.filter((f) => f !== figure)) assert.equal(resolveScenario(controlPlaneScenario, figureModel(other), other.tag).ok, false, other.id);
  });

  it('tells the API server’s order: authentication, authorization, mutating admission, schema validation, validating admission', () => {
    const steps = controlPlaneScenario.steps as readonly { id: string; caption: { en: string; fr: string } }[];
    const admit = steps.find((s) => s.id === 'admit')!;
    assert.match(admit.caption.en, /authenticates.*authorizes.*mutating admission.*validates the schema.*validating admission/);
    assert.match(admit.caption.fr, /authentifie.*autorise.*admission mutante.*valide le schéma.*admission validante/);
    const choose = steps.find((s) => s.id === 'choose-nodes')!;
    assert.match(choose.caption.en, /requests against allocatable minus what is already requested.*scores those that passed/);
    assert.doesNotMatch(choose.caption.fr, /ressources libres/);
  });

  it('says everything in English and in French', () => {
    const texts: AuthorText[] = [controlPlaneScenario.title];
    const steps = controlPlaneScenario.steps;
    assert.ok(Array.isArray(steps));
    for (const step of steps as readonly { caption: AuthorText; message?: AuthorText }[]) texts.push(step.caption, ...(step.message ? [step.message] : []));
    for (const text of texts) {
      if (typeof text === 'string') {
        assert.ok(text.length < 40, `a text for both languages is a short token label: ${text}`);
        continue;
      }
      assert.ok(text.en && text.fr, `${JSON.stringify(text)} has en and fr`);
      assert.notEqual(text.en, text.fr);
    }
  });
});

// What Storybook is given (.storybook/public-api.ts, .storybook/main.ts): the manifest's public
// API only, a real control for every attribute with its documented default, args that turn
// back into exactly the shared configurations' attributes, and a quiet, branded manager.
// test/examples/storybook.node.test.ts checks the same in the built Storybook.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LIMITS } from '@k8s-diagrams/core';
import {
  argsFromAttributes,
  argTypesFor,
  attributesFromArgs,
  declarationOf,
  defaultsOf,
  isPublicMember,
  publicManifest,
  RANGES,
  type Manifest,
} from '../../.storybook/public-api.js';
import config from '../../.storybook/main.js';
import { ALL_CONFIGURATIONS } from '../../stories/configurations.js';
import { ICON_SIZE } from '../../packages/elements/src/elements/icon.js';
import { SPEED_RANGE } from '../../packages/elements/src/internal/speed.js';

const raw = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8')) as Manifest;
const TAGS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];

/** Names Storybook must never show for a tag: the manifest's private, protected and static members. */
const internals = (tag: string) => new Set((declarationOf(raw, tag).members ?? []).filter((m) => !isPublicMember(m)).map((m) => m.name));

describe('the manifest Storybook reads: public API only', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: no private, protected or static member; attributes, events, slots, parts and custom properties kept`, () => {
      const hidden = internals(tag);
      if (tag !== 'k8s-icon') for (const name of ['modelKey', 'drawnKey', 'cycleOpen', 'player', 'modelInputs', 'rebuild']) assert.ok(hidden.has(name), `${name} is internal in the manifest`);
      const shown = declarationOf(publicManifest(raw), tag);
      for (const m of shown.members ?? []) {
        assert.ok(!hidden.has(m.name), `${m.name} is internal`);
        assert.ok(!m.privacy && !m.static, `${m.name}: ${m.privacy ?? 'static'}`);
        assert.ok(!m.attribute, `${m.name} mirrors an attribute: shown once, as the attribute`);
      }
      const source = declarationOf(raw, tag);
      assert.deepEqual(shown.attributes?.map((a) => a.name), source.attributes?.map((a) => a.name));
      assert.deepEqual(shown.events?.map((e) => e.name), source.events?.map((e) => e.name));
      assert.deepEqual(shown.cssParts?.map((p) => p.name), source.cssParts?.map((p) => `::part(${p.name})`));
      assert.deepEqual(shown.cssProperties, source.cssProperties);
      for (const key of Object.keys(argTypesFor(raw, tag))) assert.ok(!hidden.has(key), `argTypes show ${key}`);
    });
  }

  it('keeps only the custom elements (no controllers, no internal classes)', () => {
    const declarations = publicManifest(raw).modules.flatMap((m) => m.declarations ?? []);
    assert.deepEqual(declarations.map((d) => d.tagName).sort(), [...TAGS].sort());
  });
});

describe('controls: selects, ranges, toggles, documented defaults', () => {
  it('<k8s-cluster>: a select per enumeration, a range per count, a toggle per switch', () => {
    const t = argTypesFor(raw, 'k8s-cluster');
    const control = (name: string) => t[name]?.control as { type: string; min?: number; max?: number } | string;
    assert.deepEqual(t.runtime?.options, ['containerd', 'cri-o', 'cri-dockerd']);
    assert.equal(control('runtime'), 'select');
    assert.deepEqual(t['oci-runtime']?.options, ['runc', 'crun', 'youki', 'kata', 'gvisor']);
    assert.deepEqual(t.etcd?.options, ['stacked', 'external']);
    assert.deepEqual(t.theme?.options, ['auto', 'light', 'dark']);
    assert.ok((t.scenario?.options as string[]).includes('kubectl-apply'));
    assert.deepEqual(t.lang?.options, ['en', 'fr']);
    assert.deepEqual(control('workers'), { type: 'range', min: LIMITS.workers.min, max: LIMITS.workers.max, step: 1 });
    assert.deepEqual([LIMITS.workers.min, LIMITS.workers.max], [0, 1000]);
    assert.deepEqual(control('control-planes'), { type: 'range', min: LIMITS.replicas.min, max: LIMITS.replicas.max, step: 1 });
    assert.deepEqual(control('pods'), { type: 'range', min: LIMITS.pods.min, max: LIMITS.pods.max, step: 1 });
    for (const flag of ['controls', 'autoplay', 'loop']) assert.equal(control(flag), 'boolean');
    assert.equal(control('cloud'), 'text');
    assert.equal(t.workers?.table?.defaultValue?.summary, '2');
    assert.equal(t.runtime?.table?.defaultValue?.summary, "'containerd'");
    assert.equal(t.cloud?.table?.defaultValue?.summary, 'not set');
    // Read-only state is documented without a control; events and parts are documentation.
    for (const name of ['playing', 'stepIndex', 'steps', 'layoutComplete', 'k8s-step', '::part(controls)']) assert.equal(t[name]?.control, false, name);
    assert.equal(control('--k8s-accent-color'), 'color');
  });

  it('ranges are the ranges the elements accept', () => {
    assert.deepEqual({ min: RANGES.size!.min, max: RANGES.size!.max }, { min: ICON_SIZE.min, max: ICON_SIZE.max });
    assert.deepEqual({ min: RANGES.speed!.min, max: RANGES.speed!.max }, { min: SPEED_RANGE.min, max: SPEED_RANGE.max });
  });

  it("every attribute of every element has a control, and a default unless it has none ('not set')", () => {
    for (const tag of TAGS) {
      const t = argTypesFor(raw, tag);
      for (const a of declarationOf(raw, tag).attributes ?? []) {
        assert.ok(t[a.name]?.control, `<${tag} ${a.name}> has no control`);
        assert.ok(t[a.name]?.table?.defaultValue?.summary, `<${tag} ${a.name}> shows no default`);
      }
    }
  });

  it('every shared configuration: its args turn back into exactly its attributes (stories and tests agree)', () => {
    for (const c of ALL_CONFIGURATIONS) {
      const args = argsFromAttributes(raw, c.tag, c.attributes);
      assert.deepEqual(attributesFromArgs(args, '', defaultsOf(raw, c.tag)).attributes, c.attributes, `${c.tag} “${c.name}”`);
    }
  });

  it('controls start at the documented defaults', () => {
    const args = argsFromAttributes(raw, 'k8s-cluster', {});
    assert.equal(args.workers, LIMITS.workers.default);
    assert.equal(args.controls, false);
    assert.equal(args.theme, 'auto');
    assert.equal(args['oci-runtime'], undefined, 'its default depends on the runtime');
  });
});

describe('the manager', () => {
  it('is quiet: no telemetry, no onboarding checklist, no "what\'s new"; the brand is served', () => {
    const core = config.core as { disableTelemetry?: boolean; disableWhatsNewNotifications?: boolean };
    assert.equal(core.disableTelemetry, true);
    assert.equal(core.disableWhatsNewNotifications, true);
    const features = config.features as Record<string, unknown>;
    assert.equal(features.sidebarOnboardingChecklist, false);
    assert.equal(features.menuOnboardingChecklist, false);
    assert.ok(!(config.addons ?? []).some((a) => String(typeof a === 'string' ? a : a.name).includes('onboarding')));
    assert.deepEqual(config.staticDirs, [{ from: './brand', to: '/brand' }, { from: '../examples/data', to: '/examples/data' }]);
    assert.match(readFileSync('.storybook/brand/logo.svg', 'utf8'), /aria-label="k8s-diagrams"/);
  });
});

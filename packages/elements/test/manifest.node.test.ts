// The custom elements manifest (written by `pnpm build`) is the contract the framework types,
// Storybook and IDEs read: its enumerated values must be the ones the elements accept, and its
// documented defaults what an absent attribute does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  BUILTIN_SCENARIO_IDS,
  clusterOptions,
  controlPlaneOptions,
  ETCD_TOPOLOGIES,
  ICON_ALIASES,
  ICON_NAMES,
  LIMITS,
  OCI_RUNTIMES,
  RUNTIMES,
  workerSpec,
  type AttributeReader,
} from '@k8s-diagrams/core';
import { normalizeType, readElements, type ManifestElement } from '../../../scripts/generate-types.mjs';
import { THEMES } from '../src/internal/theme-controller.js';
import { SPEED_RANGE } from '../src/internal/speed.js';

type Attribute = ManifestElement['attributes'][number];

const elements = readElements(JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8')));
const byTag = new Map(elements.map((e) => [e.tag, e]));
const attribute = (tag: string, name: string): Attribute => {
  const a = byTag.get(tag)?.attributes.find((x) => x.name === name);
  assert.ok(a, `<${tag}> has no attribute ${name} in the manifest`);
  return a;
};
/** The string literals of a union type text, in order. */
const literals = (type: string) => [...normalizeType(type).matchAll(/'([^']*)'/g)].map((m) => m[1]);
const reader =
  (values: Record<string, string>): AttributeReader =>
  (name) =>
    values[name] ?? null;
const unquote = (text: string) => text.replace(/^'(.*)'$/, '$1');

const DIAGRAMS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack'];

describe('the manifest lists exactly what the elements accept', () => {
  it('lists the five elements', () => {
    assert.deepEqual(elements.map((e) => e.tag).sort(), ['container-stack', 'k8s-cluster', 'k8s-control-plane', 'k8s-icon', 'k8s-worker-node']);
  });

  it('runtime, oci-runtime and etcd: the values core parses', () => {
    for (const tag of ['k8s-cluster', 'k8s-worker-node']) {
      assert.deepEqual(literals(attribute(tag, 'runtime').type), [...RUNTIMES]);
      assert.deepEqual(literals(attribute(tag, 'oci-runtime').type), [...OCI_RUNTIMES]);
    }
    for (const tag of ['k8s-cluster', 'k8s-control-plane']) assert.deepEqual(literals(attribute(tag, 'etcd').type), [...ETCD_TOPOLOGIES]);
  });

  it('theme and scenario on every diagram: the themes, every built-in scenario (and Scenario objects)', () => {
    for (const tag of DIAGRAMS) {
      assert.deepEqual(literals(attribute(tag, 'theme').type), [...THEMES]);
      const scenario = attribute(tag, 'scenario').type;
      assert.deepEqual(literals(scenario), [...BUILTIN_SCENARIO_IDS], `<${tag} scenario>: add the new built-in ids to DiagramElement.scenario's type`);
      assert.match(scenario, /\bScenario\b/);
    }
  });

  it('k8s-icon name: every icon name and alias', () => {
    assert.deepEqual(literals(attribute('k8s-icon', 'name').type), [...ICON_NAMES, ...Object.keys(ICON_ALIASES)]);
  });

  it('counts and speed are numbers, or their text', () => {
    const counts: Array<[string, string]> = [
      ['k8s-cluster', 'control-planes'],
      ['k8s-cluster', 'workers'],
      ['k8s-cluster', 'pods'],
      ['k8s-control-plane', 'replicas'],
      ['k8s-worker-node', 'pods'],
      ['k8s-icon', 'size'],
      ...DIAGRAMS.map((t): [string, string] => [t, 'speed']),
    ];
    for (const [tag, name] of counts) assert.equal(attribute(tag, name).type, 'number | `${number}`', `<${tag} ${name}>`);
  });

  it('every event has its detail type', () => {
    const expected: Record<string, string> = {
      'k8s-step': 'CustomEvent<StepDetail>',
      'k8s-play': 'CustomEvent<PlayDetail>',
      'k8s-pause': 'CustomEvent<PauseDetail>',
      'k8s-end': 'CustomEvent<EndDetail>',
      'k8s-select': 'CustomEvent<SelectDetail>',
      'k8s-error': 'CustomEvent<ErrorDetail>',
    };
    for (const tag of DIAGRAMS) {
      assert.deepEqual(Object.fromEntries(byTag.get(tag)!.events.map((e) => [e.name, e.type])), expected, `<${tag}>`);
    }
    assert.deepEqual(
      byTag.get('k8s-icon')!.events.map((e) => [e.name, e.type]),
      [['k8s-error', 'CustomEvent<ErrorDetail>']],
    );
  });
});

describe('documented defaults are what an absent attribute does', () => {
  it('<k8s-cluster>: each default, written out, builds the same cluster as no attribute', () => {
    const none = clusterOptions(reader({}));
    for (const a of byTag.get('k8s-cluster')!.attributes) {
      if (!a.default || a.default === 'null' || !['control-planes', 'workers', 'pods', 'etcd', 'runtime', 'oci-runtime'].includes(a.name)) continue;
      assert.deepEqual(clusterOptions(reader({ [a.name]: unquote(a.default) })), none, `<k8s-cluster ${a.name}="${unquote(a.default)}">`);
    }
    assert.equal(attribute('k8s-cluster', 'workers').default, String(LIMITS.workers.default));
    assert.equal(attribute('k8s-cluster', 'pods').default, String(LIMITS.pods.default));
    assert.equal(attribute('k8s-cluster', 'control-planes').default, String(LIMITS.replicas.default));
  });

  it('<k8s-control-plane> and <k8s-worker-node>: likewise', () => {
    const plane = controlPlaneOptions(reader({}));
    for (const name of ['replicas', 'etcd']) {
      const d = unquote(attribute('k8s-control-plane', name).default ?? '');
      assert.ok(d, `<k8s-control-plane ${name}> documents no default`);
      assert.deepEqual(controlPlaneOptions(reader({ [name]: d })), plane, `<k8s-control-plane ${name}="${d}">`);
    }
    const node = workerSpec(reader({}), 'worker-1');
    for (const name of ['name', 'pods', 'runtime', 'oci-runtime']) {
      const d = unquote(attribute('k8s-worker-node', name).default ?? '');
      assert.ok(d, `<k8s-worker-node ${name}> documents no default`);
      assert.deepEqual(workerSpec(reader({ [name]: d }), 'worker-1'), node, `<k8s-worker-node ${name}="${d}">`);
    }
  });

  it('the player and the theme: speed 1 within its range, theme auto, switches off', () => {
    for (const tag of DIAGRAMS) {
      assert.equal(attribute(tag, 'speed').default, '1');
      assert.ok(SPEED_RANGE.min <= 1 && 1 <= SPEED_RANGE.max);
      assert.equal(attribute(tag, 'theme').default, "'auto'");
      for (const flag of ['controls', 'autoplay', 'loop']) assert.equal(attribute(tag, flag).default, 'false', `<${tag} ${flag}>`);
    }
  });
});

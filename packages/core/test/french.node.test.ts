// French typography and wording across everything the diagrams say in French: the catalog,
// the element and player messages, the figures' group titles and the built-in scenarios.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUILTIN_SCENARIOS,
  CATALOG,
  MESSAGES,
  PLAYER_MESSAGES,
  buildClusterModel,
  buildContainerStackModel,
  buildControlPlaneModel,
  buildWorkerNodeModel,
  clusterOptions,
  controlPlaneOptions,
  resolveScenario,
  workerSpec,
  type Model,
  type Result,
} from '@k8s-diagrams/core';

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;
function unwrap<T>(r: Result<T>): T {
  assert.ok(r.ok);
  return r.value;
}
const FIGURES: Array<[string, Model]> = [
  ['k8s-cluster', buildClusterModel(unwrap(clusterOptions(attributes({}))))],
  ['k8s-cluster', buildClusterModel(unwrap(clusterOptions(attributes({ 'control-planes': '3', cloud: 'OVH' }))))],
  ['k8s-cluster', buildClusterModel(unwrap(clusterOptions(attributes({ 'control-planes': '3', etcd: 'external', runtime: 'cri-o' }))))],
  ['k8s-cluster', buildClusterModel(unwrap(clusterOptions(attributes({ runtime: 'cri-dockerd', 'oci-runtime': 'runc' }))))],
  ['k8s-control-plane', buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({}))))],
  ['k8s-control-plane', buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({ replicas: '3' }))))],
  ['k8s-control-plane', buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({ replicas: '4' }))))],
  ['k8s-worker-node', buildWorkerNodeModel(unwrap(workerSpec(attributes({}), 'worker-1')))],
  ['container-stack', buildContainerStackModel()],
];

/** Every French text with where it comes from. */
function frenchTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [kind, entry] of Object.entries(CATALOG)) out.push([`catalog ${kind} label`, entry.label.fr], [`catalog ${kind} description`, entry.description.fr]);
  const leaves = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`);
  };
  leaves(MESSAGES.fr, 'messages');
  leaves(PLAYER_MESSAGES.fr, 'player');
  for (const [element, model] of FIGURES) {
    for (const c of model.components) if (c.label && typeof c.label === 'object') out.push([`${element} ${c.id} label`, c.label.fr ?? '']);
    for (const id of Object.keys(BUILTIN_SCENARIOS)) {
      const r = resolveScenario(id, model, element);
      if (!r.ok) continue;
      out.push([`${id} title`, r.value.title.fr]);
      for (const step of r.value.steps) {
        out.push([`${id} ${step.id} caption`, step.caption.fr]);
        // A message that is the same in both languages is a token of code (`PUT /registry/…`).
        if (step.message && step.message.fr !== step.message.en) out.push([`${id} ${step.id} message`, step.message.fr]);
      }
    }
  }
  return [...new Map(out.map(([where, text]) => [`${where}|${text}`, [where, text] as [string, string]])).values()];
}

const NBSP = /[\u00a0\u202f]/;

describe('French texts', () => {
  const texts = frenchTexts();

  it('are many (the scan reaches the catalog, messages, figures and scenarios)', () => {
    assert.ok(texts.length > 400, `${texts.length} texts`);
    for (const where of ['catalog cri description', 'messages.state.standby', 'player.controls', 'container-stack oci-layer label', 'kubectl-apply admit caption'])
      assert.ok(texts.some(([w]) => w === where), where);
  });

  it('use the typographic apostrophe and French quotes, never straight or English quotes', () => {
    for (const [where, text] of texts) {
      assert.doesNotMatch(text, /'/, `${where}: ASCII apostrophe in “${text}”`);
      assert.doesNotMatch(text, /["“”]/, `${where}: quotes that are not « » in “${text}”`);
      for (const m of text.matchAll(/«(.)|(.)»/g)) assert.match(m[1] ?? m[2]!, NBSP, `${where}: « » hold their text with non-breaking spaces: “${text}”`);
    }
  });

  it('put a non-breaking space before : ; ! ? in prose (not in code such as http:// or ?fromImage=)', () => {
    for (const [where, text] of texts)
      for (const m of text.matchAll(/(.)([:;!?])(?=\s|$)/g))
        assert.match(m[1]!, NBSP, `${where}: “${m[1]}${m[2]}” needs a non-breaking space before “${m[2]}” in “${text}”`);
  });

  it('say “le CRI”, as kubernetes.io/fr does, and keep standby, pending and terminating apart', () => {
    for (const [where, text] of texts) assert.doesNotMatch(text, /\b(la|une) CRI\b/i, `${where}: ${text}`);
    const state = MESSAGES.fr.state;
    assert.notEqual(state.standby, state.pending);
    assert.equal(state.terminating, 'en cours d’arrêt');
    for (const [where, text] of texts) assert.doesNotMatch(text, /relist|\bcopies\b|load balancers?/i, `${where}: anglicism in ${text}`);
  });
});

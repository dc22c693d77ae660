import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG, COMPONENT_KINDS, GROUP_KINDS, ICON_NAMES, kindForIcon, LANGS, MESSAGES, resolveIconName } from '@k8s-diagrams/core';

/** Every leaf string of a nested object, with its path. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, value]];
}

describe('catalog', () => {
  it('describes every kind in English and French', () => {
    for (const kind of [...COMPONENT_KINDS, ...GROUP_KINDS]) {
      const entry = CATALOG[kind];
      assert.equal(entry.kind, kind);
      for (const lang of LANGS) {
        assert.ok(entry.label[lang].trim().length > 0, `${kind} label ${lang}`);
        assert.ok(entry.description[lang].trim().length > 20, `${kind} description ${lang}`);
      }
      assert.notEqual(entry.description.fr, entry.description.en, `${kind} description is translated`);
    }
  });

  it('says what an expert would: the control plane replaces lost Pods (kubelets restart containers); conmon is one per container', () => {
    assert.match(CATALOG['control-plane'].description.en, /replaces lost ones/);
    assert.doesNotMatch(CATALOG['control-plane'].description.en, /restarts/);
    assert.match(CATALOG['control-plane'].description.fr, /remplace ceux qui sont perdus/);
    assert.match(CATALOG.shim.description.en, /one containerd shim per Pod; with CRI-O and podman, one conmon per container/);
    assert.match(CATALOG.shim.description.fr, /un conmon par conteneur/);
    assert.match(CATALOG.pod.description.en, /sandbox, whose network the CNI plugin sets up/);
  });

  it('gives every icon to exactly one kind, and every kind an icon', () => {
    for (const icon of ICON_NAMES) assert.equal(CATALOG[kindForIcon(icon)].icon, icon);
    const used = new Set(Object.values(CATALOG).map((e) => e.icon));
    assert.deepEqual([...used].sort(), [...ICON_NAMES].sort());
  });

  it('resolves the seed icon names and readable aliases', () => {
    for (const name of ['control-plane', 'api', 'etcd', 'sched', 'c-m', 'c-c-m', 'node', 'kubelet', 'k-proxy'])
      assert.equal(resolveIconName(name), name);
    assert.equal(resolveIconName('kube-apiserver'), 'api');
    assert.equal(resolveIconName('Scheduler'), 'sched');
    assert.equal(resolveIconName('kube-proxy'), 'k-proxy');
    assert.equal(resolveIconName('nope'), undefined);
  });

  it('has every message in both languages, none empty', () => {
    const en = leaves(MESSAGES.en);
    const fr = new Map(leaves(MESSAGES.fr));
    assert.equal(fr.size, en.length);
    for (const [path, text] of en) {
      assert.equal(typeof text, 'string', path);
      assert.ok((text as string).length > 0, path);
      assert.ok(typeof fr.get(path) === 'string' && (fr.get(path) as string).length > 0, `fr${path}`);
    }
  });
});

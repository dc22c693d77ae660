// Writes the snapshot and audit fixtures of examples/data from kube-objects.mjs:
//   node examples/data/write-fixtures.mjs            the committed fixtures
//   node examples/data/write-fixtures.mjs --large    also generated/cluster-500.json and
//                                                    generated/audit-10000.log (gitignored)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as k from './kube-objects.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const json = (v) => `${JSON.stringify(v, null, 4)}\n`;
/** A tiny YAML writer for these objects (plain scalars quoted when needed), as `kubectl -o yaml` would print them. */
function yaml(value, indent = '') {
  const scalar = (v) => (typeof v === 'string' ? (v === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(true|false|null|yes|no|~|[\d.+-]+)$/i.test(v) ? JSON.stringify(v) : v) : String(v));
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((v) => (typeof v === 'object' && v !== null ? `\n${indent}-${yaml(v, `${indent}  `).replace(/^\n\s*/, ' ')}` : `\n${indent}- ${scalar(v)}`)).join('');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return ' {}';
    return entries.map(([key, v]) => `\n${indent}${scalar(key)}:${typeof v === 'object' && v !== null ? yaml(v, `${indent}  `) : ` ${scalar(v)}`}`).join('');
  }
  return ` ${scalar(value)}`;
}
const yamlDocs = (docs) => docs.map((d) => yaml(d).replace(/^\n/, '')).join('\n---\n') + '\n';

const files = {
  'cluster-kubeadm.json': json(k.kubeadmOneControlPlane()),
  'cluster-kubeadm-ha.yaml': yamlDocs(k.kubeadmThreeControlPlanes()),
  'cluster-external-etcd.json': json(k.kubeadmExternalEtcd()),
  'cluster-managed.json': json(k.managedCluster()),
  'cluster-cri-o.json': json(k.crioCluster()),
  'cluster-cilium.json': json(k.ciliumCluster()),
  'cluster-pod-phases.json': json(k.podPhases()),
  'cluster-k3s.json': json(k.k3sCluster()),
  'audit-rollout.log': k.jsonLines(k.deploymentRolloutAudit()),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(here, name), text);
if (process.argv.includes('--large')) {
  mkdirSync(join(here, 'generated'), { recursive: true });
  writeFileSync(join(here, 'generated/cluster-500.json'), JSON.stringify(k.largeCluster()));
  writeFileSync(join(here, 'generated/audit-10000.log'), k.jsonLines(k.largeAudit()));
}
console.log(`wrote ${Object.keys(files).length} fixtures to ${here}`);

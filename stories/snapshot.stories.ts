import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/k8s-diagrams.js';

/**
 * Drop your own files: a `kubectl get nodes,pods -A -o json` snapshot and an audit log, read
 * in the browser (nothing is uploaded) and handed to `<k8s-cluster>` as `.objects` and
 * `.auditEvents`.
 */
const meta: Meta = {
  title: 'Guides/Your own cluster',
  parameters: {
    docs: {
      description: {
        component:
          'Pick or drop a snapshot (`kubectl get nodes,pods -A -o json`, or `-o yaml`) and an audit log (JSON lines, as `--audit-log-path` writes them). The files are read in the browser and never leave it. Without files, the example snapshot and rollout log of `examples/data` play.',
      },
    },
  },
};
export default meta;

function dropPage(lang: string): HTMLElement {
  const root = document.createElement('div');
  root.style.cssText = 'max-width: 760px; font-family: system-ui, sans-serif;';
  const zone = document.createElement('div');
  zone.style.cssText = 'border: 2px dashed #8a94a8; border-radius: 10px; padding: 12px 16px; margin-bottom: 12px;';
  const text = document.createElement('p');
  text.textContent = lang === 'fr' ? 'Déposez ici un instantané et un journal d’audit, ou choisissez-les :' : 'Drop a snapshot and an audit log here, or pick them:';
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.json,.yaml,.yml,.log,.jsonl';
  input.setAttribute('aria-label', lang === 'fr' ? 'Instantané et journal d’audit' : 'Snapshot and audit log');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  zone.append(text, input, status);
  const cluster = document.createElement('k8s-cluster') as HTMLElement & { objects: unknown; auditEvents: unknown };
  cluster.setAttribute('controls', '');
  cluster.setAttribute('lang', lang);
  cluster.setAttribute('src', 'examples/data/cluster-kubeadm.json');
  cluster.setAttribute('audit-src', 'examples/data/audit-rollout.log');
  const take = async (files: FileList | null) => {
    for (const file of files ?? []) {
      const content = await file.text();
      // An audit log is made of audit.k8s.io Events; anything else is taken as a snapshot.
      if (/"apiVersion"\s*:\s*"audit\.k8s\.io\//.test(content.slice(0, 4000))) cluster.auditEvents = content;
      else cluster.objects = content;
      status.textContent = file.name;
    }
  };
  input.addEventListener('change', () => void take(input.files));
  zone.addEventListener('dragover', (e) => e.preventDefault());
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    void take(e.dataTransfer?.files ?? null);
  });
  cluster.addEventListener('k8s-error', (e) => (status.textContent = (e as CustomEvent<{ message: string }>).detail.message));
  root.append(zone, cluster);
  return root;
}

export const DropYourFiles: StoryObj = { name: 'Drop your files', render: () => dropPage('en') };
export const DropYourFilesFrench: StoryObj = { name: 'Déposez vos fichiers (French)', render: () => dropPage('fr') };

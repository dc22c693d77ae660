// Screenshots of every figure, taken from the real elements (the built bundle) in headless
// Chromium, for the README. Run after `pnpm build`: pnpm screenshots
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from '../test/support/static-server.js';

interface Shot {
  file: string;
  html: string;
  width?: number;
  dark?: boolean;
  /** Show this beat of the element's scenario (drawn without motion, so the image is stable). */
  beat?: number;
}

export const SHOTS: Shot[] = [
  { file: 'control-plane-fr.png', html: '<k8s-control-plane lang="fr"></k8s-control-plane>' },
  { file: 'control-plane-en.png', html: '<k8s-control-plane cloud="OVH"></k8s-control-plane>' },
  { file: 'high-availability.png', html: '<k8s-control-plane replicas="3"></k8s-control-plane>' },
  { file: 'high-availability-external-etcd.png', html: '<k8s-control-plane replicas="3" etcd="external" cloud="none"></k8s-control-plane>' },
  { file: 'control-plane-static-pods.png', html: '<k8s-control-plane replicas="3" static-pods></k8s-control-plane>' },
  { file: 'cluster.png', html: '<k8s-cluster></k8s-cluster>' },
  { file: 'cluster-addons.png', html: '<k8s-cluster addons="coredns,metrics-server"></k8s-cluster>' },
  { file: 'cluster-ha.png', html: '<k8s-cluster control-planes="3"></k8s-cluster>' },
  { file: 'cluster-dark.png', html: '<k8s-cluster lang="fr"></k8s-cluster>', dark: true },
  { file: 'cluster-200-workers.png', html: '<k8s-cluster workers="200" pods="3"></k8s-cluster>' },
  { file: 'worker-node.png', html: '<k8s-worker-node></k8s-worker-node>' },
  { file: 'worker-node-cri-o.png', html: '<k8s-worker-node runtime="cri-o" pods="3"></k8s-worker-node>' },
  { file: 'container-stack.png', html: '<container-stack highlight="kubelet>containerd>runc"></container-stack>' },
  { file: 'scenario-kubectl-apply.png', html: '<k8s-cluster pods="0" scenario="kubectl-apply" controls></k8s-cluster>', beat: 14 },
  { file: 'scenario-ha-failover-fr.png', html: '<k8s-control-plane replicas="3" scenario="ha-failover" controls lang="fr"></k8s-control-plane>', beat: 6 },
  { file: 'scenario-etcd-quorum-loss.png', html: '<k8s-cluster control-planes="3" scenario="etcd-quorum-loss" controls></k8s-cluster>', beat: 5 },
  { file: 'scenario-dns-lookup.png', html: '<k8s-cluster scenario="dns-lookup" controls></k8s-cluster>', beat: 6 },
  { file: 'scenario-autoscale-fr.png', html: '<k8s-cluster scenario="autoscale" controls lang="fr"></k8s-cluster>', beat: 3 },
  { file: 'scenario-drain.png', html: '<k8s-cluster scenario="drain" controls></k8s-cluster>', beat: 12 },
  { file: 'scenario-node-join-fr.png', html: '<k8s-cluster scenario="node-join" controls lang="fr"></k8s-cluster>', beat: 9 },
  { file: 'scenario-rolling-update.png', html: '<k8s-cluster scenario="rolling-update" controls></k8s-cluster>', beat: 34 },
  { file: 'scenario-scale-down-fr.png', html: '<k8s-cluster scenario="scale-down" controls lang="fr"></k8s-cluster>', beat: 13 },
  { file: 'scenario-kubectl-exec.png', html: '<k8s-cluster scenario="kubectl-exec" controls></k8s-cluster>', beat: 15 },
  { file: 'scenario-probes-fr.png', html: '<k8s-cluster scenario="probes" controls lang="fr"></k8s-cluster>', beat: 18 },
  { file: 'scenario-load-balancer-service.png', html: '<k8s-cluster cloud="OVH" scenario="load-balancer-service" controls></k8s-cluster>', beat: 16 },
  // A snapshot (the page is .scratch/shot.html: the fixtures are one folder up), and an audit log replayed on it.
  { file: 'snapshot-kubeadm.png', html: '<k8s-cluster src="../examples/data/cluster-kubeadm.json"></k8s-cluster>' },
  { file: 'snapshot-pod-phases.png', html: '<k8s-cluster src="../examples/data/cluster-pod-phases.json"></k8s-cluster>' },
  { file: 'snapshot-k3s-fr.png', html: '<k8s-cluster src="../examples/data/cluster-k3s.json" lang="fr"></k8s-cluster>' },
  {
    file: 'snapshot-audit-replay.png',
    html: '<k8s-cluster src="../examples/data/cluster-kubeadm.json" audit-src="../examples/data/audit-rollout.log" controls></k8s-cluster>',
    beat: 18,
  },
  {
    file: 'icons.png',
    html: ['control-plane', 'api', 'etcd', 'sched', 'c-m', 'c-c-m', 'node', 'kubelet', 'k-proxy']
      .map((n) => `<k8s-icon name="${n}" size="40"></k8s-icon>`)
      .join(' '),
    width: 480,
  },
];

const root = process.cwd();
const server = await serveStatic(root);
const browser = await launchChromium();
mkdirSync('docs/screenshots', { recursive: true });
mkdirSync('.scratch', { recursive: true });
// `pnpm screenshots snapshot` takes only the shots whose file name contains “snapshot”.
const only = process.argv.slice(2);
try {
  for (const shot of SHOTS.filter((s) => only.length === 0 || only.some((o) => s.file.includes(o)))) {
    const width = shot.width ?? 720;
    const page = await browser.newPage({
      viewport: { width: width + 32, height: 800 },
      deviceScaleFactor: 1.5,
      reducedMotion: shot.beat === undefined ? 'no-preference' : 'reduce',
    });
    const bg = shot.dark ? '#1b1b1f' : '#ffffff';
    writeFileSync(
      '.scratch/shot.html',
      `<!doctype html><html lang="en"${shot.dark ? ' class="dark"' : ''}><head><meta charset="utf-8">
      <script type="module" src="/packages/elements/dist/k8s-diagrams.bundle.js"></script>
      <style>body{margin:0;padding:16px;background:${bg};color:${shot.dark ? '#eee' : '#222'};font-family:system-ui}</style></head>
      <body><div id="shot" style="width:${width}px">${shot.html}</div></body></html>`,
    );
    await page.goto(`${server.url}/.scratch/shot.html`);
    await page.evaluate(async (beat) => {
      type Diagram = HTMLElement & { layoutComplete?: Promise<void>; seek?: (i: number) => void; updateComplete?: Promise<unknown> };
      const els = [...document.querySelectorAll('#shot > *')] as Diagram[];
      await Promise.all(els.map((e) => customElements.whenDefined(e.localName) as Promise<unknown>));
      await Promise.all(els.map((e) => e.layoutComplete ?? Promise.resolve()));
      if (beat !== null) {
        // The player attaches once the drawing is in place.
        for (let i = 0; i < 50 && !els[0]!.shadowRoot!.querySelector('[part="controls"]'); i++) await new Promise((r) => setTimeout(r, 20));
        els[0]!.seek?.(beat);
        await els[0]!.updateComplete;
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, shot.beat ?? null);
    await page.locator('#shot').screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}

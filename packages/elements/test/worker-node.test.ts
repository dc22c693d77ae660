import { expect } from '@open-wc/testing';
import { WORKER_NODE } from '../../../stories/configurations.js';
import type { K8sWorkerNode } from '../src/elements/worker-node.js';
import { component, drawnEdges, drawnKinds, eventsDuring, mount, part, settle, shadow, warningsDuring } from './helpers.js';

const config = (name: string) => WORKER_NODE.find((c) => c.name === name)!;

describe('<k8s-worker-node>', () => {
  it('draws the kubelet, kube-proxy beside it, the runtime chain, the CNI plugin and the pods off the shim, linked up to the API server', async () => {
    const el = await mount<K8sWorkerNode>(config('Default'));
    expect(drawnEdges(el)).to.deep.equal([
      'worker-1.kubelet->apiserver',
      'worker-1.kube-proxy->apiserver',
      'worker-1.kubelet->worker-1.containerd',
      'worker-1.containerd->worker-1.shim',
      'worker-1.containerd->worker-1.cni',
      'worker-1.shim->worker-1.pod-1',
      'worker-1.shim->worker-1.pod-2',
      'worker-1.shim->worker-1.runc',
    ]);
    const y = (id: string) => component(el, id).transform.baseVal.consolidate()!.matrix.f;
    expect(y('worker-1.kube-proxy')).to.equal(y('worker-1.kubelet'), 'kube-proxy beside the kubelet');
    expect(y('worker-1.containerd')).to.be.greaterThan(y('worker-1.kubelet'));
    expect(y('worker-1.pod-1')).to.be.greaterThan(y('worker-1.shim'));
    expect(y('worker-1.cni')).to.be.greaterThan(y('worker-1.containerd'), 'the runtime calls CNI');
    expect(y('apiserver')).to.be.lessThan(y('worker-1.kubelet'));
  });

  it('brings conmon and crun with CRI-O, and draws gVisor and Kata as their own shims', async () => {
    const crio = await mount<K8sWorkerNode>(config('CRI-O'));
    expect(drawnKinds(crio)).to.include.members(['cri-o', 'shim', 'crun']);
    expect(component(crio, 'worker-1.shim').textContent).to.contain('conmon');
    for (const [name, kind, label] of [['gVisor', 'gvisor', 'containerd-shim-runsc-v1'], ['Kata Containers', 'kata', 'containerd-shim-kata-v2']]) {
      const el = await mount<K8sWorkerNode>(config(name!));
      expect(drawnKinds(el)).to.include(kind);
      expect(drawnKinds(el)).not.to.include('runc');
      expect(component(el, `worker-1.${kind}`).textContent.replace(/\s/g, '')).to.contain(label);
    }
  });

  it('collapses many pods into one box with a count', async () => {
    const el = await mount<K8sWorkerNode>(config('Many pods'));
    expect(component(el, 'big-node.pods').getAttribute('aria-label')).to.equal('30 Pods');
  });

  it('reports a bad name and recovers', async () => {
    const el = await mount<K8sWorkerNode>(config('Default'));
    const events = await eventsDuring<{ path: string }>(el, 'k8s-error', () =>
      warningsDuring(async () => {
        el.setAttribute('name', 'Not A Name');
        await settle(el);
      }),
    );
    expect(events.map((e) => e.detail.path)).to.deep.equal(['name']);
    el.setAttribute('name', 'edge-7');
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(shadow(el).querySelector('[data-component="edge-7.kubelet"]')).to.not.equal(null);
  });
});

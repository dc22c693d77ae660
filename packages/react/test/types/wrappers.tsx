// @k8s-diagrams/react under React 18's types, as an app imports it: props typed from the
// element classes, event props typed from the manifest's events. Every `@ts-expect-error`
// line must stay an error.
import { ContainerStack, K8sCluster, K8sControlPlane, K8sIcon, K8sWorkerNode, type Model, type StepDetail } from '@k8s-diagrams/react';
import type { K8sCluster as K8sClusterElement } from '@k8s-diagrams/elements';
import { useRef } from 'react';

const model: Model = { components: [{ id: 'api', kind: 'apiserver' }], edges: [] };

export function Page() {
  const ref = useRef<K8sClusterElement>(null);
  return (
    <>
      <K8sCluster
        ref={ref}
        controlPlanes={3}
        workers={2}
        runtime="cri-o"
        ociRuntime="crun"
        scenario="kubectl-apply"
        controls
        speed={1.5}
        className="figure"
        onK8sStep={(e) => {
          const detail: StepDetail = e.detail;
          const index: number = e.detail.index;
          void [detail, index];
        }}
        onK8sPlay={(e) => void e.detail.scenario}
        onK8sPause={(e) => void e.detail.scenario}
        onK8sEnd={(e) => void e.detail.scenario}
        onK8sSelect={(e) => void e.detail.componentId}
        onK8sError={(e) => void e.detail.code}
      />
      <K8sControlPlane replicas={3} etcd="external" model={model} />
      <K8sWorkerNode name="gpu-1" pods={4} />
      <ContainerStack highlight="kubelet>containerd>runc" onK8sSelect={(e) => void e.detail.kind} />
      <K8sIcon name="etcd" size={35} onK8sError={(e) => void e.detail.message} />
      {/* @ts-expect-error workers is a number */}
      <K8sCluster workers="abc" />
      {/* @ts-expect-error no such runtime */}
      <K8sWorkerNode runtime="docker" />
      {/* @ts-expect-error k8s-icon fires no k8s-step */}
      <K8sIcon name="etcd" onK8sStep={() => undefined} />
      {/* @ts-expect-error the detail's index is a number */}
      <K8sCluster onK8sStep={(e: CustomEvent<{ index: string }>) => void e.detail.index} />
      {/* @ts-expect-error not an icon */}
      <K8sIcon name="kube-api" />
    </>
  );
}

// React 19 JSX with the generated types (`"types": ["@k8s-diagrams/elements/types/react"]`):
// attributes as text or numbers, properties, `on<event>` listeners with typed details.
// Every `@ts-expect-error` line must stay an error.
import type { K8sCluster, Model, StepDetail } from '@k8s-diagrams/elements';
import { useRef } from 'react';

const model: Model = { components: [{ id: 'api', kind: 'apiserver' }], edges: [] };

export function Page() {
  const ref = useRef<K8sCluster>(null);
  return (
    <>
      <k8s-cluster
        ref={ref}
        control-planes="3"
        workers={2}
        pods="0"
        runtime="cri-o"
        oci-runtime="crun"
        etcd="external"
        scenario="kubectl-apply"
        controls
        loop
        speed="1.5"
        theme="auto"
        lang="fr"
        className="figure"
        onk8s-step={(e) => {
          const detail: StepDetail = e.detail;
          const index: number = e.detail.index;
          void [detail, index];
        }}
        onk8s-end={(e) => void e.detail.scenario.toUpperCase()}
        onk8s-select={(e) => void e.detail.componentId}
        onk8s-error={(e) => void e.detail.code}
      />
      <k8s-cluster controlPlanes={3} ociRuntime="kata" model={model} />
      <k8s-control-plane replicas={3} cloud="OVH" onk8s-play={(e) => void e.detail.scenario} />
      <k8s-worker-node name="gpu-1" pods={4} runtime="containerd" />
      <container-stack highlight="kubelet>containerd>runc" scenario="crictl-run" />
      <k8s-icon name="etcd" size={35} label="etcd" />
      {/* @ts-expect-error workers is a number */}
      <k8s-cluster workers="abc" />
      {/* @ts-expect-error no such runtime */}
      <k8s-cluster runtime="docker" />
      {/* @ts-expect-error no such scenario */}
      <k8s-cluster scenario="kubectl-delete" />
      {/* @ts-expect-error container-stack has no workers */}
      <container-stack workers={2} />
      {/* @ts-expect-error not an icon */}
      <k8s-icon name="kube-api" />
      {/* @ts-expect-error the detail's index is a number */}
      <k8s-cluster onk8s-step={(e: CustomEvent<{ index: string }>) => void e.detail.index} />
    </>
  );
}

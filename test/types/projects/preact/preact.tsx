// Preact JSX with the generated types (`"types": ["@k8s-diagrams/elements/types/preact"]`).
// Every `@ts-expect-error` line must stay an error.
import type { Model, StepDetail } from '@k8s-diagrams/elements';

const model: Model = { components: [{ id: 'api', kind: 'apiserver' }], edges: [] };

export function Page() {
  return (
    <div>
      <k8s-cluster
        control-planes="3"
        workers={2}
        runtime="cri-dockerd"
        scenario="scale"
        controls
        speed={2}
        class="figure"
        onk8s-step={(e) => {
          const detail: StepDetail = e.detail;
          void detail.index.toFixed();
        }}
        onk8s-pause={(e) => void e.detail.scenario}
      />
      <k8s-worker-node model={model} oci-runtime="youki" />
      <k8s-control-plane replicas="5" etcd="stacked" />
      <container-stack highlight="crictl>cri-o>crun" />
      <k8s-icon name="sched" size="24" />
      {/* @ts-expect-error workers is a number */}
      <k8s-cluster workers="abc" />
      {/* @ts-expect-error etcd is stacked or external */}
      <k8s-control-plane etcd="mesh" />
      {/* @ts-expect-error the detail's index is a number */}
      <k8s-cluster onk8s-step={(e: CustomEvent<{ index: string }>) => void e.detail.index} />
    </div>
  );
}

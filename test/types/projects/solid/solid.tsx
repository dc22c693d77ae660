// Solid JSX with the generated types (`"types": ["@k8s-diagrams/elements/types/solid"]`):
// events with `on:`. Every `@ts-expect-error` line must stay an error.
import type { StepDetail } from '@k8s-diagrams/elements';

export function Page() {
  return (
    <div>
      <k8s-cluster
        control-planes="3"
        workers={2}
        runtime="containerd"
        oci-runtime="runc"
        scenario="node-failure"
        controls
        on:k8s-step={(e) => {
          const detail: StepDetail = e.detail;
          void detail.index.toFixed();
        }}
        on:k8s-select={(e) => void e.detail.componentId}
      />
      <k8s-icon name="pod" size={32} on:k8s-error={(e) => void e.detail.message} />
      {/* @ts-expect-error workers is a number */}
      <k8s-cluster workers="abc" />
      {/* @ts-expect-error no such OCI runtime */}
      <k8s-worker-node oci-runtime="runz" />
      {/* @ts-expect-error the detail's index is a number */}
      <k8s-cluster on:k8s-step={(e: CustomEvent<{ index: string }>) => void e.detail.index} />
    </div>
  );
}

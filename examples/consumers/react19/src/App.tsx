// React 19 writes custom elements as they are: `speed={4}` is set as a property (the element
// has one), and `onk8s-step` / `onk8s-end` are listeners. The JSX types come from
// @k8s-diagrams/elements/types/react (loaded once, below): `speed={4}` or `runtime="docker"`
// do not compile, and `e.detail` is typed.
import type {} from '@k8s-diagrams/elements/types/react';
import '@k8s-diagrams/elements/all';
import type { K8sCluster } from '@k8s-diagrams/elements';
import { useRef, useState } from 'react';

export function App() {
  const figure = useRef<K8sCluster>(null);
  const [beats, setBeats] = useState(0);
  const [status, setStatus] = useState('Not started.');
  const [ended, setEnded] = useState<string | undefined>();

  return (
    <main>
      <h1>k8s-diagrams in a React 19 app</h1>
      <k8s-cluster
        id="figure"
        ref={figure}
        pods={0}
        scenario="kubectl-apply"
        controls
        speed={4}
        onk8s-step={(e) => {
          setBeats((n) => n + 1);
          setStatus(`Beat ${e.detail.index + 1}: ${e.detail.step.label}`);
        }}
        onk8s-end={(e) => {
          setEnded(e.detail.scenario);
          setStatus(`${e.detail.scenario} played to its end.`);
        }}
      />
      <p>
        <button id="play" type="button" onClick={() => figure.current?.play()}>
          Play the scenario
        </button>
      </p>
      <p id="status" role="status" data-steps={beats} data-ended={ended}>
        {ended ? `${status} (${beats} beats)` : status}
      </p>
    </main>
  );
}

// React 18 sets every unknown prop of a custom element as an attribute (an object would
// become "[object Object]") and has no custom-event props: @k8s-diagrams/react's components
// set the element's properties as properties and add one typed handler prop per event
// (onK8sStep, onK8sEnd…). Importing the package defines the elements.
import { K8sCluster } from '@k8s-diagrams/react';
import type { K8sCluster as K8sClusterElement } from '@k8s-diagrams/elements';
import { useRef, useState } from 'react';

export function App() {
  const figure = useRef<K8sClusterElement>(null);
  const [beats, setBeats] = useState(0);
  const [status, setStatus] = useState('Not started.');
  const [ended, setEnded] = useState<string | undefined>();

  return (
    <main>
      <h1>k8s-diagrams in a React 18 app</h1>
      <K8sCluster
        id="figure"
        ref={figure}
        pods={0}
        scenario="kubectl-apply"
        controls
        speed={4}
        onK8sStep={(e) => {
          setBeats((n) => n + 1);
          setStatus(`Beat ${e.detail.index + 1}: ${e.detail.step.label}`);
        }}
        onK8sEnd={(e) => {
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

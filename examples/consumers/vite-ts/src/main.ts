// Defines the five elements; the figure in index.html upgrades.
import '@k8s-diagrams/elements/all';
import type { K8sCluster } from '@k8s-diagrams/elements';

const figure = document.querySelector<K8sCluster>('#figure')!;
const status = document.querySelector<HTMLElement>('#status')!;
let steps = 0;

// A property, set as a number (the attribute would be speed="4").
figure.speed = 4;

// HTMLElementEventMap knows the events: e.detail is a StepDetail here.
figure.addEventListener('k8s-step', (e) => {
  steps++;
  status.dataset.steps = String(steps);
  status.textContent = `Beat ${e.detail.index + 1}: ${e.detail.step.label}`;
});
figure.addEventListener('k8s-end', (e) => {
  status.dataset.ended = e.detail.scenario;
  status.textContent = `${e.detail.scenario} played to its end (${steps} beats).`;
});

document.querySelector<HTMLButtonElement>('#play')!.addEventListener('click', () => figure.play());

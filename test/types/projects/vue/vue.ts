// Vue's GlobalComponents, as vue-tsc checks a template against them: props by their camelCase
// names (`control-planes="3"` is `controlPlanes`), `@k8s-step` as `onK8sStep`.
// Every `@ts-expect-error` line must stay an error.
import type { StepDetail } from '@k8s-diagrams/elements';
import type { GlobalComponents } from 'vue';

type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const cluster: PropsOf<'k8s-cluster'> = {
  controlPlanes: '3',
  workers: 2,
  runtime: 'cri-o',
  ociRuntime: 'crun',
  scenario: 'kubectl-apply',
  controls: true,
  speed: '0.5',
  onK8sStep: (e) => {
    const detail: StepDetail = e.detail;
    void detail.index.toFixed();
  },
  onK8sEnd: (e) => void e.detail.scenario,
  onK8sError: (e) => void e.detail.code,
};
export const icon: PropsOf<'k8s-icon'> = { name: 'c-m', size: 35, onK8sError: (e) => void e.detail.path };
export const stack: PropsOf<'container-stack'> = { highlight: 'kubelet>containerd>runc', scenario: 'docker-run' };

// @ts-expect-error workers is a number
export const badWorkers: PropsOf<'k8s-cluster'> = { workers: 'abc' };
// @ts-expect-error no such runtime
export const badRuntime: PropsOf<'k8s-worker-node'> = { runtime: 'rkt' };
// @ts-expect-error k8s-icon fires no k8s-step
export const badIcon: PropsOf<'k8s-icon'> = { onK8sStep: () => undefined };
// @ts-expect-error the detail's index is a number
export const badHandler: PropsOf<'k8s-cluster'> = { onK8sStep: (e: CustomEvent<{ index: string }>) => void e.detail.index };

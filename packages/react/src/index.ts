// React components for the k8s-diagrams elements, made with @lit/react: every prop the element
// has as a property is set as a property (numbers stay numbers, `model` and `scenario` objects
// pass as they are), and each event has a typed handler prop (`onK8sStep`). For React 18
// users; React 19 can also write the tags directly (see @k8s-diagrams/elements/types/react).
// Importing this module defines the five elements; on a server it defines nothing and the
// components render their tag, which upgrades on the client.
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import {
  ContainerStack as ContainerStackElement,
  K8sCluster as K8sClusterElement,
  K8sControlPlane as K8sControlPlaneElement,
  K8sIcon as K8sIconElement,
  K8sWorkerNode as K8sWorkerNodeElement,
  type ContainerStackEvents,
  type K8sClusterEvents,
  type K8sControlPlaneEvents,
  type K8sIconEvents,
  type K8sWorkerNodeEvents,
} from '@k8s-diagrams/elements';
import '@k8s-diagrams/elements/k8s-cluster.js';
import '@k8s-diagrams/elements/k8s-control-plane.js';
import '@k8s-diagrams/elements/k8s-worker-node.js';
import '@k8s-diagrams/elements/container-stack.js';
import '@k8s-diagrams/elements/k8s-icon.js';

/** `k8s-step` → `onK8sStep`. */
export type HandlerName<E extends string> = E extends `k8s-${infer Rest}` ? `onK8s${Capitalize<Rest>}` : never;

/** The event props of an element: one per event it fires, typed with the event's detail. */
export type EventProps<E> = { [K in keyof E & string as HandlerName<K>]: EventName<E[K] extends Event ? E[K] : never> };

/**
 * The event map @lit/react needs, checked against the element's generated `…Events`: every
 * event the manifest lists for the element must be here, under its handler name.
 */
function events<E>(names: { [K in keyof E & string as HandlerName<K>]: K }): EventProps<E> {
  return names as unknown as EventProps<E>;
}

const scenarioEvents = { onK8sStep: 'k8s-step', onK8sPlay: 'k8s-play', onK8sPause: 'k8s-pause', onK8sEnd: 'k8s-end' } as const;
const diagramEvents = { ...scenarioEvents, onK8sSelect: 'k8s-select', onK8sError: 'k8s-error' } as const;

/** `<k8s-cluster>`: the whole cluster. */
export const K8sCluster: ReactWebComponent<K8sClusterElement, EventProps<K8sClusterEvents>> = createComponent({
  react: React,
  tagName: 'k8s-cluster',
  elementClass: K8sClusterElement,
  events: events<K8sClusterEvents>(diagramEvents),
  displayName: 'K8sCluster',
});

/** `<k8s-control-plane>`: the control plane, or the highly available figure. */
export const K8sControlPlane: ReactWebComponent<K8sControlPlaneElement, EventProps<K8sControlPlaneEvents>> = createComponent({
  react: React,
  tagName: 'k8s-control-plane',
  elementClass: K8sControlPlaneElement,
  events: events<K8sControlPlaneEvents>(diagramEvents),
  displayName: 'K8sControlPlane',
});

/** `<k8s-worker-node>`: one worker node. */
export const K8sWorkerNode: ReactWebComponent<K8sWorkerNodeElement, EventProps<K8sWorkerNodeEvents>> = createComponent({
  react: React,
  tagName: 'k8s-worker-node',
  elementClass: K8sWorkerNodeElement,
  events: events<K8sWorkerNodeEvents>(diagramEvents),
  displayName: 'K8sWorkerNode',
});

/** `<container-stack>`: the container ecosystem in four bands. */
export const ContainerStack: ReactWebComponent<ContainerStackElement, EventProps<ContainerStackEvents>> = createComponent({
  react: React,
  tagName: 'container-stack',
  elementClass: ContainerStackElement,
  events: events<ContainerStackEvents>(diagramEvents),
  displayName: 'ContainerStack',
});

/** `<k8s-icon>`: one icon with an accessible name. */
export const K8sIcon: ReactWebComponent<K8sIconElement, EventProps<K8sIconEvents>> = createComponent({
  react: React,
  tagName: 'k8s-icon',
  elementClass: K8sIconElement,
  events: events<K8sIconEvents>({ onK8sError: 'k8s-error' }),
  displayName: 'K8sIcon',
});

export type {
  EndDetail,
  ErrorDetail,
  Model,
  PauseDetail,
  PlayDetail,
  Scenario,
  SelectDetail,
  StepDetail,
} from '@k8s-diagrams/elements';

import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ICON_NAMES } from '@k8s-diagrams/core';
import { ICON } from './configurations.js';
import { story, type Args, type Meta } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Elements/k8s-icon',
  component: 'k8s-icon',
  parameters: { docs: { description: { component: 'One icon with an accessible name, as the seed page uses `<KubernetesIcon>`.' } } },
};
export default meta;

export const ControlPlane = { ...story(ICON, 'control-plane'), name: 'control-plane' };
export const Api = { ...story(ICON, 'api'), name: 'api' };
export const Etcd = { ...story(ICON, 'etcd'), name: 'etcd' };
export const Sched = { ...story(ICON, 'sched'), name: 'sched' };
export const CM = { ...story(ICON, 'c-m'), name: 'c-m' };
export const CCM = { ...story(ICON, 'c-c-m'), name: 'c-c-m' };
export const Node = { ...story(ICON, 'node'), name: 'node' };
export const Kubelet = { ...story(ICON, 'kubelet'), name: 'kubelet' };
export const KProxy = { ...story(ICON, 'k-proxy'), name: 'k-proxy' };

/** Every icon of the set, at the seed page's table size. */
export const AllIcons: StoryObj = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:12px;font:13px system-ui">
      ${ICON_NAMES.map((name) => html`<div style="display:flex;align-items:center;gap:8px"><k8s-icon name=${name} size="35"></k8s-icon>${name}</div>`)}
    </div>`,
};

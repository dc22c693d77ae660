import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { applyArgs, argsFromAttributes, argTypesFor, attributesFromArgs, defaultsOf } from '../.storybook/public-api.js';
import { createFromConfiguration, type Configuration } from './configurations.js';
import { manifest, type Args, type Meta } from './story-helpers.js';

/** The elements of the Playground, each with the prefix of its args. */
const ELEMENTS: Array<{ tag: Configuration['tag']; prefix: string }> = [
  { tag: 'k8s-cluster', prefix: 'cluster_' },
  { tag: 'k8s-control-plane', prefix: 'controlPlane_' },
  { tag: 'k8s-worker-node', prefix: 'workerNode_' },
  { tag: 'container-stack', prefix: 'containerStack_' },
  { tag: 'k8s-icon', prefix: 'icon_' },
];

const meta: Meta<Args> = {
  title: 'Playground',
  parameters: {
    docs: {
      description: {
        component:
          'Every attribute of every element, together: each group of controls sets one element (an attribute left unset takes its default, shown in the table). Counts have ranges, enumerated values a select, switches a toggle.',
      },
    },
  },
};
export default meta;

export const Playground: StoryObj<Args> = {
  name: 'Playground',
  // Every control starts at its element's default; the icon needs a name.
  args: ELEMENTS.reduce<Args>((all, { tag, prefix }) => ({ ...all, ...argsFromAttributes(manifest, tag, tag === 'k8s-icon' ? { name: 'etcd', size: '48' } : {}, prefix) }), {}),
  argTypes: ELEMENTS.reduce<ArgTypes>((all, { tag, prefix }) => ({ ...all, ...argTypesFor(manifest, tag, { prefix, category: `<${tag}>` }) }), {
    // Every element's events go to the Actions panel.
    ...Object.fromEntries(
      ['k8s-step', 'k8s-play', 'k8s-pause', 'k8s-end', 'k8s-select', 'k8s-error'].map((event) => [
        `on${event.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}`,
        { action: event, table: { disable: true } },
      ]),
    ),
  }),
  render: (args) =>
    html`<div style="display:grid;gap:32px">
      ${ELEMENTS.map(({ tag, prefix }) => {
        const fromArgs = attributesFromArgs(args, prefix, defaultsOf(manifest, tag));
        const el = applyArgs(createFromConfiguration({ name: tag, tag, attributes: fromArgs.attributes }), fromArgs);
        return html`<div role="group" aria-label=${`<${tag}>`} class="playground-element">
          <p style="font:600 14px system-ui;margin:0 0 8px"><code>&lt;${tag}&gt;</code></p>
          ${el}
        </div>`;
      })}
    </div>`,
};

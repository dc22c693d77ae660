import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/k8s-diagrams.js';
import manifestJson from '../packages/elements/custom-elements.json';
import { applyArgs, argsFromAttributes, argTypesFor, attributesFromArgs, defaultsOf, type Manifest } from '../.storybook/public-api.js';
import { createFromConfiguration, type Configuration } from './configurations.js';

type Args = Record<string, unknown>;

/** The custom elements manifest (`pnpm build`), the source of every table and control. */
export const manifest = manifestJson as unknown as Manifest;

/**
 * The story of one shared configuration (found by name): what designers see is what the
 * accessibility tests check. Its args are the configuration's attributes (counts as numbers,
 * flags as booleans) over the documented defaults; each attribute of the element has its
 * control. The element gets the configuration's attributes, no more.
 */
export function story(configs: Configuration[], name: string): StoryObj<Args> {
  const config = configs.find((c) => c.name === name);
  if (!config) throw new Error(`no configuration named ${name}`);
  return {
    name: config.name,
    args: argsFromAttributes(manifest, config.tag, config.attributes),
    argTypes: argTypesFor(manifest, config.tag),
    render: (args) => {
      const fromArgs = attributesFromArgs(args, '', defaultsOf(manifest, config.tag));
      return applyArgs(createFromConfiguration({ ...config, attributes: fromArgs.attributes }), fromArgs);
    },
    ...(config.usesElk
      ? { parameters: { docs: { description: { story: 'No precomputed layout: this variant loads the ELK worker on first view.' } } } }
      : {}),
  };
}

export type { Meta, Args };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/k8s-diagrams.js';
import { createFromConfiguration, type Configuration } from './configurations.js';

type Args = Record<string, string>;

/**
 * The story of one shared configuration (found by name): what designers see is what the
 * accessibility tests check.
 */
export function story(configs: Configuration[], name: string): StoryObj<Args> {
  const config = configs.find((c) => c.name === name);
  if (!config) throw new Error(`no configuration named ${name}`);
  return {
    name: config.name,
    args: { ...config.attributes },
    render: (args) => createFromConfiguration({ ...config, attributes: cleanArgs(args) }),
    ...(config.usesElk
      ? { parameters: { docs: { description: { story: 'No precomputed layout: this variant loads the ELK worker on first view.' } } } }
      : {}),
  };
}

/** Controls leave empty strings and undefined behind: those mean "attribute absent". */
function cleanArgs(args: Args): Args {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

export type { Meta, Args };

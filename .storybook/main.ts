import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers and doc authors: every element and variant, docs from the custom
// elements manifest, the a11y panel. Offline: no telemetry, no version check (see package.json).
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The snapshot stories fetch the fixtures at examples/data/, as the tests and pages do.
  staticDirs: [{ from: '../examples/data', to: '/examples/data' }],
  viteFinal(vite) {
    // Workspace packages resolve to their TypeScript sources, as in tests.
    vite.resolve ??= {};
    vite.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return vite;
  },
};
export default config;

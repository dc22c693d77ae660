import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for designers and doc authors: every element and variant, docs and controls from
// the custom elements manifest (public API only, see public-api.ts), the a11y panel, a branded
// manager (manager.ts, theme.ts, brand/). Offline and quiet: no telemetry, no version check
// (see package.json), no onboarding checklist, no "what's new" notifications.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The brand, and the fixtures the snapshot stories fetch at examples/data/ (as the tests and pages do).
  staticDirs: [
    { from: './brand', to: '/brand' },
    { from: '../examples/data', to: '/examples/data' },
  ],
  viteFinal(vite) {
    // Workspace packages resolve to their TypeScript sources, as in tests.
    vite.resolve ??= {};
    vite.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return vite;
  },
};
export default config;

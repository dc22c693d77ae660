import { create } from 'storybook/theming/create';

/** The manager's look: the library's name and logo, its blue as the accent. */
export const theme = create({
  base: 'light',
  brandTitle: 'k8s-diagrams',
  brandUrl: './',
  brandImage: './brand/logo.svg',
  brandTarget: '_self',
  colorPrimary: '#326ce5',
  colorSecondary: '#326ce5',
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

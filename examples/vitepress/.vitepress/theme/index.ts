import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
// Defines every element, as a user who installed @k8s-diagrams/elements from npm would.
// The define modules do nothing on the server (no `customElements` there), so this plain
// import is safe in VitePress's server-side render of the pages at build time.
import '@k8s-diagrams/elements/all';
import './custom.css';

export default {
  extends: DefaultTheme,
} satisfies Theme;

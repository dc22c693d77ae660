// Generated from assets/icons/dockerd.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** dockerd: a dockside tower crane lifting a container. */
export const dockerdIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M10 25 V6.5 M6 10 H25.5 M6 10 L10 6.5 L25.5 10 M7 25 H13 M21 10 V14"/>
  <rect class="k8s-icon-fill" x="16.5" y="14" width="9" height="6.5" rx="1"/>
`;

// Generated from assets/icons/service.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Service: a dashed (virtual) ring around one stable address. */
export const serviceIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M13.93 8.27 A8 8 0 0 1 18.07 8.27 M21.66 10.34 A8 8 0 0 1 23.73 13.93 M23.73 18.07 A8 8 0 0 1 21.66 21.66 M18.07 23.73 A8 8 0 0 1 13.93 23.73 M10.34 21.66 A8 8 0 0 1 8.27 18.07 M8.27 13.93 A8 8 0 0 1 10.34 10.34"/>
  <circle class="k8s-icon-accent" cx="16" cy="16" r="3"/>
`;

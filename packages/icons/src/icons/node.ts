// Generated from assets/icons/node.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Node: a rack server with two drive bays. */
export const nodeIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="7" y="8" width="18" height="16" rx="2.5"/>
  <path class="k8s-icon-line" fill="none" d="M7 16 H25 M15 12 H21 M15 20 H21"/>
  <circle class="k8s-icon-accent" cx="11" cy="12" r="1.5"/>
  <circle class="k8s-icon-fill" cx="11" cy="20" r="1.5"/>
`;

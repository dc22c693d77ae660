// Generated from assets/icons/shim.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** shim: a wedge (accent) slipped under a container to prop it up, the small process that holds it. */
export const shimIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-fill" x="8" y="11.5" width="12" height="10" rx="1" transform="rotate(-14 8 21.5)"/>
  <polygon class="k8s-icon-accent" points="12.5,21.5 25,18.2 25,21.5"/>
  <path class="k8s-icon-line" fill="none" d="M6 22.5 H26"/>
`;

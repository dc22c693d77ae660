// Generated from assets/icons/runc.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** runc: a play button in a square box (Go, the reference OCI runtime). */
export const runcIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="7" y="7" width="18" height="18" rx="3"/>
  <polygon class="k8s-icon-fill" points="13.5,11.5 21,16 13.5,20.5"/>
`;

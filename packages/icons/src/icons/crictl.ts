// Generated from assets/icons/crictl.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** crictl: a prompt and a magnifying glass, for inspecting what the runtime runs. */
export const crictlIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polyline class="k8s-icon-line" fill="none" points="7,18 10.5,21.5 7,25"/>
  <circle class="k8s-icon-line" fill="none" cx="18" cy="12.5" r="5.5"/>
  <path class="k8s-icon-line" fill="none" d="M22 16.5 L25.5 20"/>
`;

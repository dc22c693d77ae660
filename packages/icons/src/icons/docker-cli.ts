// Generated from assets/icons/docker-cli.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** docker CLI: a prompt driving a container hanging from a crane. */
export const dockerCliIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polyline class="k8s-icon-line" fill="none" points="7,11 12,16 7,21"/>
  <path class="k8s-icon-line" fill="none" d="M20 7 V11 M15 24 H25"/>
  <rect class="k8s-icon-fill" x="15" y="11" width="10" height="8" rx="1"/>
`;

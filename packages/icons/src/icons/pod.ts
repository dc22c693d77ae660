// Generated from assets/icons/pod.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Pod: a pea pod holding its containers (the peas). */
export const podIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M6.47 21.5 Q10 5.61 25.53 10.5 Q22 26.39 6.47 21.5 Z"/>
  <circle class="k8s-icon-fill" cx="12.1" cy="18.25" r="2.2"/>
  <circle class="k8s-icon-fill" cx="16" cy="16" r="2.2"/>
  <circle class="k8s-icon-accent" cx="19.9" cy="13.75" r="2.2"/>
`;

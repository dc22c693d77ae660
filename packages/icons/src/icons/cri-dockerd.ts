// Generated from assets/icons/cri-dockerd.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** cri-dockerd: an arch bridge, carrying CRI calls over to the Docker daemon. */
export const criDockerdIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M6 17.5 H26 M8 17.5 Q16 0.5 24 17.5 M12 11.1 V17.5 M20 11.1 V17.5 M16 9 V17.5 M9.5 17.5 V24.5 M22.5 17.5 V24.5"/>
`;

// Generated from assets/icons/layer.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Layer: three stacked sheets. */
export const layerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polygon class="k8s-icon-line" fill="none" points="16,7 25,11.5 16,16 7,11.5"/>
  <polyline class="k8s-icon-line" fill="none" points="7,16 16,20.5 25,16"/>
  <polyline class="k8s-icon-line" fill="none" points="7,20.5 16,25 25,20.5"/>
`;

// Generated from assets/icons/youki.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** youki: a play button inside a hex nut (the OCI runtime written in Rust). */
export const youkiIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <polygon class="k8s-icon-line" fill="none" points="11,8 21,8 26,16 21,24 11,24 6,16"/>
  <polygon class="k8s-icon-fill" points="13.5,11.5 21,16 13.5,20.5"/>
`;

// Generated from assets/icons/api.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** kube-apiserver: curly braces (an API) around the single point every request goes through. */
export const apiIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" d="M12 7 H11.5 C9.8 7 9 8 9 10 V13 C9 14.8 8.3 16 7 16 C8.3 16 9 17.2 9 19 V22 C9 24 9.8 25 11.5 25 H12"/>
  <path class="k8s-icon-line" fill="none" d="M20 7 H20.5 C22.2 7 23 8 23 10 V13 C23 14.8 23.7 16 25 16 C23.7 16 23 17.2 23 19 V22 C23 24 22.2 25 20.5 25 H20"/>
  <circle class="k8s-icon-accent" cx="16" cy="16" r="2.5"/>
`;

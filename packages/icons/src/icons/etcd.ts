// Generated from assets/icons/etcd.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** etcd: a database cylinder with two bands, the accent marking one stored key. */
export const etcdIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <ellipse class="k8s-icon-line" fill="none" cx="16" cy="9.5" rx="8" ry="3"/>
  <path class="k8s-icon-line" fill="none" d="M8 9.5 V22.5 A8 3 0 0 0 24 22.5 V9.5 M8 16 A8 3 0 0 0 24 16"/>
  <circle class="k8s-icon-accent" cx="11.5" cy="21.5" r="1.5"/>
`;

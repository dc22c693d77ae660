// Generated from assets/icons/streaming-server.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Streaming server: two lanes running opposite ways, the input and the output of one open stream. */
export const streamingServerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <path class="k8s-icon-line" fill="none" stroke-linecap="round" stroke-linejoin="round" d="M7 11.5 H24 M20.5 8 L24 11.5 L20.5 15"/>
  <path class="k8s-icon-accent-line" fill="none" stroke-linecap="round" stroke-linejoin="round" d="M25 20.5 H8 M11.5 17 L8 20.5 L11.5 24"/>
`;

// Generated from assets/icons/streaming-server.svg by scripts/generate-icons.mjs (pnpm icons). Do not edit.
import { svg } from 'lit';

/** Streaming server: an open pipe with a wave running through it, the live stream it serves. */
export const streamingServerIcon = svg`
  <rect x="1" y="1" width="30" height="30" rx="7" class="k8s-icon-bg"/>
  <rect class="k8s-icon-line" fill="none" x="5" y="9.5" width="22" height="13" rx="6.5"/>
  <path class="k8s-icon-accent-line" fill="none" stroke-linecap="round" d="M9 16 Q11.5 12 14 16 T19 16 T24 16"/>
`;

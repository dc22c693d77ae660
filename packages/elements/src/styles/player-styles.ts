import { css } from 'lit';

/** The scenario's controls, caption, and the look of the motion layer's tokens and rings. */
export const playerStyles = css`
  .player {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    margin-top: 8px;
    font-size: 13px;
    color: var(--_text);
  }
  .player .scrubber {
    flex: 1 1 160px;
    min-width: 120px;
    accent-color: var(--_accent);
  }
  .player .counter {
    min-width: 7.5em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .player select {
    font: inherit;
    margin-left: 4px;
    border-radius: 6px;
    border: 1px solid var(--_button-border);
    background: var(--_button-bg);
    color: var(--_text);
  }
  .player .play {
    min-width: 40px;
  }
  .player button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .player .glyph {
    fill: currentColor;
  }
  .caption {
    margin: 6px 0 0;
    min-height: 1.4em;
    font-size: 14px;
    line-height: 1.45;
    color: var(--_text);
  }
  .k8s-token circle,
  .k8s-token {
    fill: var(--_token);
  }
  .k8s-token text,
  .k8s-token--response text {
    fill: var(--_text);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
  }
  .k8s-ring {
    stroke: var(--_token);
  }
  .k8s-pull {
    stroke: var(--_token);
  }
  @media (forced-colors: active) {
    .motion-overlay {
      --k8s-motion-token-color: Highlight;
      --k8s-motion-label-color: CanvasText;
      --k8s-motion-halo-color: Canvas;
    }
    .k8s-token,
    .k8s-token circle {
      fill: Highlight;
    }
    .k8s-ring,
    .k8s-pull {
      stroke: Highlight;
    }
  }
`;

import { css } from 'lit';

/** The drawing, its chrome (toolbar, legend, tooltip) and its states. */
export const diagramStyles = css`
  .frame {
    position: relative;
    border-radius: 8px;
  }
  .figure {
    position: relative;
    outline: none;
    border-radius: 6px;
  }
  .figure:focus-visible {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .viewport {
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    margin-inline: auto;
  }
  .viewport.zoomed {
    cursor: grab;
    touch-action: none;
  }
  .viewport svg {
    display: block;
    transform-origin: 0 0;
    overflow: visible;
  }
  text {
    font-family: inherit;
  }
  /* Tokens move in an HTML overlay, in the drawing's units (the compositor runs them); it is
     laid out before the motion chunk (and the player's stylesheet) arrives. */
  .motion-overlay {
    position: absolute;
    left: 0;
    top: 0;
    transform-origin: 0 0;
    pointer-events: none;
    overflow: visible;
    --k8s-motion-token-color: var(--_token);
    --k8s-motion-label-color: var(--_text);
    --k8s-motion-halo-color: var(--_surface);
  }


  /* Components */
  .component {
    cursor: pointer;
    outline: none;
  }
  .component .box {
    fill: var(--_component-bg);
    stroke: var(--_component-border);
    stroke-width: 1;
  }
  .component .label {
    fill: var(--_component-text);
    font-size: 13px;
  }
  .component:hover .box {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .group .group-box {
    stroke: var(--_group-border);
    stroke-width: 1.2;
  }
  .group.depth-0 .group-box {
    fill: var(--_group-bg-0);
  }
  .group.depth-1 .group-box {
    fill: var(--_group-bg-1);
  }
  .group.depth-2 .group-box {
    fill: var(--_group-bg-2);
  }
  .group[data-kind='cluster'] .group-box {
    stroke-dasharray: 6 4;
  }
  .group-title {
    pointer-events: none;
  }
  .group-title .title {
    fill: var(--_group-title);
    font-size: 12px;
    font-weight: 700;
    paint-order: stroke;
    stroke-width: 5px;
    stroke-linejoin: round;
  }
  .group-title.depth-0 .title {
    stroke: var(--_group-bg-0);
  }
  .group-title.depth-1 .title {
    stroke: var(--_group-bg-1);
  }
  .group-title.depth-2 .title {
    stroke: var(--_group-bg-2);
  }

  /* States */
  .pill rect {
    stroke: none;
  }
  .pill text {
    font-size: 11px;
    font-weight: 600;
    fill: #ffffff;
  }
  .frame.dark .pill text {
    fill: #0d1322;
  }
  .state-active .pill rect,
  .state-running .pill rect {
    fill: var(--_active);
  }
  .state-standby .box {
    stroke-dasharray: 4 3;
  }
  .state-standby .pill rect {
    fill: var(--_standby);
  }
  .state-down .box,
  .state-down .group-box {
    stroke: var(--_down);
    stroke-width: 2;
  }
  .state-down > :not(.pill) {
    opacity: 0.55;
  }
  .state-down .pill rect,
  .state-failed .pill rect {
    fill: var(--_down);
  }
  .state-pending .box {
    stroke: var(--_pending);
    stroke-dasharray: 4 3;
  }
  .state-pending .pill rect {
    fill: var(--_pending);
  }
  .state-terminating > :not(.pill) {
    opacity: 0.6;
  }
  .state-terminating .pill rect,
  .state-unknown .pill rect,
  .state-succeeded .pill rect {
    fill: var(--_standby);
  }
  .badge rect {
    fill: var(--_accent);
  }
  .badge text {
    fill: #ffffff;
    font-size: 11px;
    font-weight: 700;
  }
  .frame.dark .badge text {
    fill: #0d1322;
  }

  /* Edges */
  .edge path,
  .edge polyline {
    fill: none;
    stroke: var(--_edge);
    stroke-width: var(--_edge-width);
  }
  .edge .head {
    fill: var(--_edge);
    stroke: none;
  }
  .edge.kind-indirect path {
    stroke-dasharray: 5 4;
  }
  .edge.kind-peer path {
    stroke: var(--_peer);
    stroke-dasharray: 2 3;
  }
  .edge.kind-peer .head {
    fill: var(--_peer);
  }
  .edge.kind-removed path {
    stroke: var(--_removed);
    stroke-dasharray: 5 4;
  }
  .edge.kind-removed .head,
  .edge.kind-removed .cross {
    fill: none;
    stroke: var(--_removed);
    stroke-width: 2;
  }
  .edge.kind-removed .head {
    fill: var(--_removed);
    stroke: none;
  }

  /* A highlighted route */
  .dimmed {
    opacity: 0.3;
  }
  .component.emphasized .box {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .edge.emphasized path {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .edge.emphasized .head {
    fill: var(--_accent);
  }

  /* Chrome: toolbar, tooltip, legend, error, loading */
  .footer {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    margin-top: 6px;
  }
  .toolbar {
    display: flex;
    gap: 4px;
    flex: none;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button {
    font: inherit;
    font-size: 14px;
    min-width: 28px;
    min-height: 28px;
    padding: 0 6px;
    border-radius: 6px;
    border: 1px solid var(--_button-border);
    background: var(--_button-bg);
    color: var(--_text);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 90%);
    padding: 8px 10px;
    border-radius: 6px;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: 13px;
    line-height: 1.4;
    pointer-events: none;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  .tooltip strong {
    display: block;
  }
  .tooltip .state {
    font-style: italic;
  }
  .legend {
    flex: 1;
    min-width: 0;
    font-size: 13px;
    color: var(--_muted);
  }
  .legend summary {
    cursor: pointer;
    width: max-content;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 16px;
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--_text);
  }
  .legend svg {
    flex: none;
  }
  .error {
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 10px 12px;
    color: var(--_text);
    background: var(--_surface);
    font-size: 14px;
  }
  .error strong {
    display: block;
    color: var(--_error);
    margin-bottom: 4px;
  }
  .error ul {
    margin: 0;
    padding-left: 18px;
  }
  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 120px;
    color: var(--_muted);
    font-size: 14px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .component .box,
    .group .group-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .component .label,
    .group-title .title {
      fill: CanvasText;
    }
    .group-title .title {
      stroke: Canvas;
    }
    .edge path,
    .edge.kind-peer path,
    .edge.kind-removed path {
      stroke: CanvasText;
    }
    .edge .head {
      fill: CanvasText;
    }
    .focus-ring,
    .component:hover .box {
      stroke: Highlight;
    }
    .pill rect,
    .badge rect {
      fill: CanvasText;
    }
    .pill text,
    .badge text {
      fill: Canvas;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;

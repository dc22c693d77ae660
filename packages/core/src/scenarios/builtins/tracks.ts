import type { LocalizedText } from '../../text.js';
import { ApiTalk } from './api-talk.js';
import type { ControlPlaneView, FigureView } from './figure-view.js';
import { Flow, type Draft } from './flow.js';

/** A sequence of beats written apart, to be played alongside others (`together`). */
export interface Track {
  beats: Draft[][];
  /** How many beats it waits before its first one. */
  delay?: number;
}

/**
 * Writes a sequence with the usual helpers into a scratch flow (same model, same control
 * plane) and keeps its beats, so that two things the cluster does at the same time (a Pod
 * stopping on one node while the next one is scheduled) can share beats.
 */
export function track(flow: Flow, view: FigureView, cp: ControlPlaneView, write: (flow: Flow, api: ApiTalk) => void, delay = 0): Track {
  const scratch = new Flow(flow.model);
  write(scratch, new ApiTalk(scratch, view, cp));
  const beats: Draft[][] = [];
  for (const step of scratch.steps) {
    const draft: Draft = {
      id: step.id,
      from: step.from,
      to: step.to,
      kind: step.kind,
      caption: step.caption as LocalizedText,
      ...(step.message === undefined ? {} : { message: step.message }),
      ...(step.effects?.length ? { effects: step.effects } : {}),
    };
    if (step.parallelWith === undefined || beats.length === 0) beats.push([draft]);
    else beats[beats.length - 1]!.push(draft);
  }
  return { beats, delay };
}

/** Plays the tracks side by side: beat i holds beat i of each (after its delay). */
export function together(flow: Flow, tracks: readonly Track[]): void {
  const length = Math.max(0, ...tracks.map((t) => (t.delay ?? 0) + t.beats.length));
  for (let i = 0; i < length; i++) flow.beat(tracks.flatMap((t) => t.beats[i - (t.delay ?? 0)] ?? []));
}

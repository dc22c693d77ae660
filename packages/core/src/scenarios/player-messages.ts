import type { Lang } from '../text.js';

/** Words of the scenario player's controls and captions (the element renders them). */
export interface PlayerMessages {
  play: string;
  pause: string;
  next: string;
  previous: string;
  restart: string;
  speed: string;
  /** `{speed}` is the rate, e.g. 0.5 or 2. */
  speedValue: string;
  /** `{n}` is the beat shown (counting from 1), `{total}` the number of beats. */
  stepCounter: string;
  /** The counter on the last beat once the scenario has ended. */
  stepCounterEnded: string;
  /** Before the first beat. */
  notStarted: string;
  /** Accessible name of the scrubber (one tick per beat). */
  scrubber: string;
  /** Accessible name of the live region that reads the captions. */
  captionRegion: string;
  /** Accessible name of the group of controls; `{title}` is the scenario's title. */
  controls: string;
  /** Said when a pass ends. */
  ended: string;
}

export const PLAYER_MESSAGES: Readonly<Record<Lang, PlayerMessages>> = {
  en: {
    play: 'Play',
    pause: 'Pause',
    next: 'Next step',
    previous: 'Previous step',
    restart: 'Back to the start',
    speed: 'Speed',
    speedValue: '{speed}×',
    stepCounter: 'Step {n} of {total}',
    stepCounterEnded: 'Step {n} of {total} (end)',
    notStarted: 'Not started',
    scrubber: 'Steps',
    captionRegion: 'Scenario captions',
    controls: 'Scenario controls: {title}',
    ended: 'End of the scenario',
  },
  fr: {
    play: 'Lecture',
    pause: 'Pause',
    next: 'Étape suivante',
    previous: 'Étape précédente',
    restart: 'Revenir au début',
    speed: 'Vitesse',
    speedValue: '{speed}×',
    stepCounter: 'Étape {n} sur {total}',
    stepCounterEnded: 'Étape {n} sur {total} (fin)',
    notStarted: 'Pas encore commencé',
    scrubber: 'Étapes',
    captionRegion: 'Légendes du scénario',
    controls: 'Commandes du scénario : {title}',
    ended: 'Fin du scénario',
  },
};

export function playerMessages(lang: Lang): PlayerMessages {
  return PLAYER_MESSAGES[lang];
}

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { BUILTIN_SCENARIO_IDS, figureModelFromMarkup, resolveScenario, type Scenario, type ScenarioStep } from '@k8s-diagrams/core';
import { EXPECTED_FLOWS } from '../../core/test/fixtures/scenario-flows.js';
import type { DiagramElement } from '../src/base/diagram-element.js';
import { drawnIds, drawnKinds, eventsDuring, part, settle, shadow, warningsDuring } from './helpers.js';

type Diagram = DiagramElement & HTMLElement;

interface StepEvent {
  scenario: string;
  index: number;
  step: { id: string; from: string; to: string; label: string };
  parallel: Array<{ id: string; from: string; to: string; label: string }>;
}

async function mountTag(tag: string, attributes: Record<string, string>, style = 'width: 760px'): Promise<Diagram> {
  const host = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const el = document.createElement(tag) as Diagram;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  host.append(el);
  await settle(el);
  return el;
}

/** The beats walked with next(), read like the reference fixtures: `kind from>to ×n`. */
async function walk(el: Diagram): Promise<string[]> {
  const kindOf = new Map(drawnIds(el).map((id, i) => [id, drawnKinds(el)[i]]));
  const kindOfStep = new Map(el.steps.map((s) => [s.id, s.kind]));
  const beats: string[] = [];
  const events = await eventsDuring<StepEvent>(el, 'k8s-step', async () => {
    const ends = await eventsDuring(el, 'k8s-end', () => {
      for (let i = 0; i < 200 && el.stepIndex < el.steps.at(-1)!.beat; i++) el.next();
    });
    expect(ends.length, 'one k8s-end on reaching the last beat').to.equal(1);
  });
  for (const e of events) {
    const counts = new Map<string, number>();
    for (const s of [e.detail.step, ...e.detail.parallel]) {
      const key = `${kindOfStep.get(s.id)} ${kindOf.get(s.from)}>${kindOf.get(s.to)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    beats.push([...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(' + '));
  }
  return beats;
}

const FIGURE_ATTRIBUTES: Record<string, [string, Record<string, string>]> = {
  cluster: ['k8s-cluster', {}],
  'cluster control-planes=3': ['k8s-cluster', { 'control-planes': '3' }],
  'control-plane replicas=3': ['k8s-control-plane', { replicas: '3' }],
  'worker-node': ['k8s-worker-node', {}],
  'container-stack': ['container-stack', {}],
  'cluster cloud=OVH': ['k8s-cluster', { cloud: 'OVH' }],
};

describe('scenarios on the elements', () => {
  describe('every built-in scenario, walked with next(), follows the reference', () => {
    for (const { scenario, figure, beats } of EXPECTED_FLOWS) {
      const target = FIGURE_ATTRIBUTES[figure];
      if (!target) continue;
      it(`${scenario} on ${figure}`, async () => {
        const el = await mountTag(target[0], { ...target[1], scenario });
        expect(el.stepIndex).to.equal(-1);
        const walked = await walk(el);
        expect(walked.slice(0, beats.length)).to.deep.equal(beats);
      });
    }
    // In French and under reduced motion, once for each built-in (on the first figure it names).
    const firsts = [...new Map(EXPECTED_FLOWS.filter((f) => FIGURE_ATTRIBUTES[f.figure]).map((f) => [f.scenario, f] as const)).values()];
    for (const { scenario, figure, beats } of firsts)
      it(`${scenario} on ${figure} plays to its end in French under reduced motion`, async () => {
        const real = window.matchMedia;
        window.matchMedia = ((query: string) => {
          if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
          return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
        });
        try {
          const [tag, attributes] = FIGURE_ATTRIBUTES[figure]!;
          const el = await mountTag(tag, { ...attributes, scenario, controls: '', lang: 'fr' });
          expect((await walk(el)).slice(0, beats.length)).to.deep.equal(beats);
          await el.updateComplete;
          expect(part(el, 'caption')!.textContent).to.contain('Fin du scénario');
          expect(shadow(el).querySelector('.motion-overlay')!.getAnimations({ subtree: true })).to.deep.equal([]);
        } finally {
          window.matchMedia = real;
        }
      });
    it('covers every built-in scenario', () => {
      const covered = new Set(EXPECTED_FLOWS.filter((f) => FIGURE_ATTRIBUTES[f.figure]).map((f) => f.scenario));
      expect([...BUILTIN_SCENARIO_IDS].filter((id) => !covered.has(id))).to.deep.equal([]);
    });
  });

  it('never sends anything to etcd but from the apiserver or another member', async () => {
    for (const [tag, attributes] of [
      ['k8s-cluster', { 'control-planes': '3' }],
      ['k8s-cluster', {}],
    ] as const) {
      for (const scenario of ['kubectl-apply', 'scale', 'self-healing', 'node-failure', 'service-traffic', 'ha-failover']) {
        if (scenario === 'ha-failover' && !attributes['control-planes']) continue;
        const el = await mountTag(tag, { ...attributes, scenario });
        const kindOf = new Map(drawnIds(el).map((id, i) => [id, drawnKinds(el)[i]]));
        for (const step of el.steps) {
          if (kindOf.get(step.to) === 'etcd') expect(['apiserver', 'etcd'], `${scenario} ${step.id}`).to.include(kindOf.get(step.from));
          if (kindOf.get(step.from) === 'etcd') expect(['apiserver', 'etcd'], `${scenario} ${step.id}`).to.include(kindOf.get(step.to));
        }
      }
    }
  });

  it('steps: next, previous, seek (clamped with a warning), reset; one k8s-step per beat', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply' });
    const last = el.steps.at(-1)!.beat;
    const events = await eventsDuring<StepEvent>(el, 'k8s-step', () => el.next());
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.include({ scenario: 'kubectl-apply', index: 0 });
    expect(events[0]!.detail.step).to.deep.equal({ id: el.steps[0]!.id, from: 'kubectl', to: 'apiserver', label: events[0]!.detail.step.label });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    el.next();
    el.previous();
    expect(el.stepIndex).to.equal(0);
    el.seek(5);
    expect(el.stepIndex).to.equal(5);
    const warnings = await warningsDuring(() => el.seek(999));
    expect(el.stepIndex).to.equal(last);
    expect(warnings.join()).to.contain('seek(999)');
    el.reset();
    expect(el.stepIndex).to.equal(-1);
    expect(() => el.seek(Number.NaN)).not.to.throw();
  });

  describe('reaching the last beat by stepping ends the scenario, as playing does', () => {
    const ended = async (el: Diagram) => {
      await el.updateComplete;
      const controls = part(el, 'controls')!;
      return {
        caption: part(el, 'caption')!.textContent.includes('End of the scenario'),
        counter: controls.querySelector('.counter')!.textContent.trim(),
        scrubber: controls.querySelector('input[type="range"]')!.getAttribute('aria-valuetext'),
      };
    };
    const paths: Array<[string, (el: Diagram) => void]> = [
      ['next()', (el) => el.next()],
      ['the Next button', (el) => part(el, 'controls')!.querySelectorAll('button')[2]!.click()],
      [
        'the arrow key',
        (el) => {
          const button = part(el, 'controls')!.querySelector<HTMLButtonElement>('button.play')!;
          button.focus();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
        },
      ],
    ];
    for (const [name, step] of paths)
      it(`by ${name}: one k8s-end per arrival; the caption and the counter say it ended`, async () => {
        const el = await mountTag('container-stack', { scenario: 'docker-run', controls: '' });
        const last = el.steps.at(-1)!.beat;
        el.seek(last - 1);
        expect(await ended(el)).to.deep.equal({ caption: false, counter: `Step ${last} of ${last + 1}`, scrubber: `Step ${last} of ${last + 1}` });
        const ends = await eventsDuring<{ scenario: string }>(el, 'k8s-end', async () => {
          step(el);
          await el.updateComplete;
          expect(el.stepIndex).to.equal(last);
          step(el); // already there: not a new arrival
          el.next();
        });
        expect(ends.map((e) => e.detail.scenario)).to.deep.equal(['docker-run']);
        expect(el.playing).to.equal(false);
        const end = `Step ${last + 1} of ${last + 1} (end)`;
        expect(await ended(el)).to.deep.equal({ caption: true, counter: end, scrubber: end });
        el.previous();
        expect(await ended(el)).to.deep.include({ caption: false });
        const again = await eventsDuring(el, 'k8s-end', async () => {
          await el.updateComplete;
          step(el);
        });
        expect(again, 'a new arrival ends it again').to.have.length(1);
        el.play();
        expect(el.stepIndex, 'play starts again from the first beat').to.equal(0);
        el.pause();
      });
  });

  it('groups parallel steps into one beat: pods scheduled on both workers at once', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply' });
    const byBeat = new Map<number, number>();
    for (const s of el.steps) byBeat.set(s.beat, (byBeat.get(s.beat) ?? 0) + 1);
    const parallelBeat = [...byBeat].find(([, n]) => n > 1)![0];
    el.seek(parallelBeat - 1);
    const [event] = await eventsDuring<StepEvent>(el, 'k8s-step', () => el.next());
    expect(event!.detail.parallel.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.motion-overlay .k8s-token').length).to.equal(1 + event!.detail.parallel.length);
  });

  it('plays, pauses, loops and fires k8s-play, k8s-pause and k8s-end', async () => {
    const el = await mountTag('container-stack', { scenario: 'nerdctl-run', speed: '4', loop: '' });
    const plays = await eventsDuring(el, 'k8s-play', () => el.play());
    expect(plays).to.have.length(1);
    expect(el.playing).to.equal(true);
    const ends = await eventsDuring(el, 'k8s-end', () => new Promise((r) => setTimeout(r, 6 * 1800 / 4 * 2 + 800)));
    expect(ends.length, 'an end per pass, looping').to.be.at.least(1);
    expect(el.playing).to.equal(true);
    const pauses = await eventsDuring(el, 'k8s-pause', () => el.pause());
    expect(pauses).to.have.length(1);
    expect(el.playing).to.equal(false);
  });

  it('shows states as the scenario changes them (a control plane goes down in ha-failover)', async () => {
    const el = await mountTag('k8s-control-plane', { replicas: '3', scenario: 'ha-failover' });
    const downBeat = el.steps.find((s) => /down|fail/i.test(s.id))?.beat ?? 0;
    el.seek(downBeat);
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-component="control-plane-1"]')!.classList.contains('state-down')).to.equal(true);
    el.seek(el.steps.at(-1)!.beat);
    await el.updateComplete;
    const leaders = [...shadow(el).querySelectorAll('[data-kind="scheduler"].state-active')].map((n) => n.getAttribute('data-component'));
    expect(leaders).to.have.length(1);
    expect(leaders[0]).to.not.equal('scheduler-1', 'a standby took the lease');
    el.reset();
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-component="scheduler-1"]')!.classList.contains('state-active')).to.equal(true);
  });

  it('draws a Pod from the step that creates it, and the built-in’s Pods in place of the figure’s own', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', controls: '' });
    const drawn = (id: string) => {
      const g = shadow(el).querySelector(`[data-component="${id}"]`);
      return g !== null && getComputedStyle(g).display !== 'none';
    };
    const edgeDrawn = (id: string) => getComputedStyle(shadow(el).querySelector(`[data-edge="${id}"]`)!).display !== 'none';
    expect(drawnIds(el)).not.to.include('worker-1.pod-1');
    const pods = ['worker-1.nginx-1', 'worker-2.nginx-2', 'worker-1.nginx-3'];
    for (const pod of pods) expect(drawn(pod), `${pod} before the scenario starts`).to.equal(false);
    expect(edgeDrawn('worker-1.shim->worker-1.nginx-1'), 'nor its link').to.equal(false);
    expect(drawn('worker-1.shim')).to.equal(true);
    const created = el.steps.find((s) => s.id === 'persist-pods')!.beat;
    el.seek(created - 1);
    await settle(el);
    for (const pod of pods) expect(drawn(pod), `${pod} before the API server stores it`).to.equal(false);
    el.seek(created);
    await settle(el);
    for (const pod of pods) expect(drawn(pod), `${pod} once stored`).to.equal(true);
    expect(edgeDrawn('worker-1.shim->worker-1.nginx-1')).to.equal(true);
    expect(shadow(el).querySelector('[data-component="worker-1.nginx-1"]')!.classList.contains('state-pending')).to.equal(true);
    el.reset();
    await settle(el);
    expect(drawn('worker-1.nginx-1'), 'hidden again before the start').to.equal(false);
    el.removeAttribute('scenario');
    await settle(el);
    expect(drawn('worker-1.pod-1'), 'without the scenario, the figure’s own Pods').to.equal(true);
  });

  it('writes the caption to an aria-live region, in the element language', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', controls: '', lang: 'fr' });
    el.next();
    await el.updateComplete;
    const caption = part(el, 'caption')!;
    expect(caption.getAttribute('aria-live')).to.equal('polite');
    expect(caption.textContent.trim().length).to.be.greaterThan(10);
    const fr = caption.textContent;
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(part(el, 'caption')!.textContent).to.not.equal(fr);
    expect(part(el, 'controls')!.getAttribute('aria-label')).to.match(/^Scenario controls/);
  });

  it('is usable with the keyboard alone: Space plays and pauses, arrows step, the scrubber seeks', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', controls: '' });
    const controls = part(el, 'controls')!;
    const [previous, play, next] = [...controls.querySelectorAll('button')];
    expect(play!.getAttribute('aria-label')).to.equal('Play');
    next!.focus();
    next!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(el.stepIndex).to.equal(0);
    next!.click();
    expect(el.stepIndex).to.equal(1);
    await el.updateComplete;
    previous!.click();
    expect(el.stepIndex).to.equal(0);
    const scrubber = controls.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(scrubber.getAttribute('aria-label')).to.equal('Steps');
    expect(controls.querySelectorAll('datalist option').length, 'one tick per beat').to.equal(el.steps.at(-1)!.beat + 1);
    scrubber.value = '4';
    scrubber.dispatchEvent(new Event('input', { bubbles: true }));
    expect(el.stepIndex).to.equal(4);
    scrubber.focus();
    scrubber.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    expect(el.playing).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'controls')!.querySelector('.play')!.getAttribute('aria-label')).to.equal('Pause');
    scrubber.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    expect(el.playing).to.equal(false);
  });

  it('always offers a pause button while playing, even without controls (WCAG 2.2.2)', async () => {
    const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply' });
    el.play();
    await el.updateComplete;
    const pause = part(el, 'controls')!.querySelector('button')!;
    expect(pause.getAttribute('aria-label')).to.equal('Pause');
    pause.click();
    expect(el.playing).to.equal(false);
  });

  describe('motion safety', () => {
    it('under prefers-reduced-motion: no movement, discrete steps, no animations', async () => {
      const real = window.matchMedia;
      window.matchMedia = ((query: string) => {
        if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
        const target = new EventTarget();
        return Object.assign(target, { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
      });
      try {
        const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', autoplay: '' });
        await new Promise((r) => setTimeout(r, 300));
        expect(el.playing, 'autoplay does nothing').to.equal(false);
        el.next();
        await el.updateComplete;
        const tokens = () => [...shadow(el).querySelectorAll<HTMLElement>('.motion-overlay .k8s-token')].map((t) => t.getBoundingClientRect().x);
        const before = tokens();
        await new Promise((r) => setTimeout(r, 400));
        expect(tokens()).to.deep.equal(before);
        expect(shadow(el).querySelector('.motion-overlay')!.getAnimations({ subtree: true })).to.deep.equal([]);
        expect(shadow(el).getAnimations()).to.deep.equal([]);
        el.next();
        expect(el.stepIndex).to.equal(1);
      } finally {
        window.matchMedia = real;
      }
    });

    it('offscreen: paused with no animation-frame work; resumes when visible', async () => {
      const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', speed: '2' }, 'width: 760px; position: absolute; top: 9000px');
      const realRaf = window.requestAnimationFrame;
      let frames = 0;
      window.requestAnimationFrame = (cb) => {
        frames++;
        return realRaf(cb);
      };
      try {
        el.play();
        await new Promise((r) => setTimeout(r, 400));
        frames = 0;
        await new Promise((r) => setTimeout(r, 600));
        expect(frames, 'no frames requested offscreen').to.equal(0);
        const beat = el.stepIndex;
        el.parentElement!.style.top = '0';
        await new Promise((r) => setTimeout(r, 1500));
        expect(el.stepIndex, 'resumed').to.be.greaterThan(beat);
      } finally {
        window.requestAnimationFrame = realRaf;
        el.pause();
      }
    });

    it('hidden tab: paused with no animation-frame work', async () => {
      const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', speed: '2' });
      const realRaf = window.requestAnimationFrame;
      let frames = 0;
      window.requestAnimationFrame = (cb) => {
        frames++;
        return realRaf(cb);
      };
      const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      try {
        el.play();
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
        await new Promise((r) => setTimeout(r, 200));
        frames = 0;
        await new Promise((r) => setTimeout(r, 600));
        expect(frames).to.equal(0);
      } finally {
        delete (document as unknown as { visibilityState?: string }).visibilityState;
        Object.defineProperty(Document.prototype, 'visibilityState', state);
        document.dispatchEvent(new Event('visibilitychange'));
        window.requestAnimationFrame = realRaf;
        el.pause();
      }
    });

    it('autoplay starts once visible when motion is allowed', async () => {
      const el = await mountTag('container-stack', { scenario: 'docker-run', autoplay: '' });
      await new Promise((r) => setTimeout(r, 200));
      expect(el.playing).to.equal(true);
      el.pause();
    });

    it('removing the element interrupts every animation (destroy on disconnect)', async () => {
      const el = await mountTag('k8s-cluster', { scenario: 'kubectl-apply', speed: '0.5' });
      el.play();
      await new Promise((r) => setTimeout(r, 200));
      const layer = shadow(el).querySelector('.motion-overlay')!;
      const running = layer.getAnimations({ subtree: true });
      expect(running.length).to.be.greaterThan(0);
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(running.filter((a) => a.playState === 'running')).to.deep.equal([]);
      expect(layer.getAnimations({ subtree: true })).to.deep.equal([]);
      expect(layer.childElementCount).to.equal(0);
    });
  });

  it('opens on the beat a link names: #<element-id>:step=3', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#tour:step=3');
    try {
      const el = await mountTag('k8s-cluster', { id: 'tour', scenario: 'kubectl-apply' });
      await el.updateComplete;
      expect(el.stepIndex).to.equal(2);
      location.hash = '#tour:step=5';
      await new Promise((r) => setTimeout(r, 50));
      expect(el.stepIndex).to.equal(4);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  describe('bad input', () => {
    const errorOf = async (el: Diagram, body: () => Promise<unknown>) => {
      const events = await eventsDuring<{ code: string; message: string }>(el, 'k8s-error', () => warningsDuring(body));
      return events.map((e) => e.detail);
    };

    it('an unknown scenario id: unknown-scenario, then recovery', async () => {
      const el = await mountTag('k8s-cluster', {});
      const errors = await errorOf(el, async () => {
        el.setAttribute('scenario', 'kubectl-delete');
        await settle(el);
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-scenario']);
      expect(part(el, 'error')!.textContent).to.contain('kubectl-delete');
      el.setAttribute('scenario', 'scale');
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      el.next();
      expect(el.stepIndex).to.equal(0);
    });

    for (const [tag, own, other] of [
      ['k8s-cluster', 'control-planes="3"', 'replicas'],
      ['k8s-control-plane', 'replicas="3"', 'control-planes'],
    ] as const)
      it(`ha-failover on one control plane (${tag}): scenario-not-applicable, suggesting ${own}`, async () => {
        const el = await mountTag(tag, {});
        const errors = await errorOf(el, async () => {
          el.setAttribute('scenario', 'ha-failover');
          await settle(el);
        });
        expect(errors.map((e) => e.code)).to.deep.equal(['scenario-not-applicable']);
        expect(errors[0]!.message).to.contain(`Set ${own}.`);
        expect(errors[0]!.message).to.not.contain(other);
        expect(part(el, 'error')!.textContent).to.contain(own);
        el.setAttribute(own.split('=')[0]!, '3');
        await settle(el);
        expect(part(el, 'error'), 'the suggestion works').to.equal(null);
        expect(el.steps.length).to.be.greaterThan(0);
      });

    it('a custom scenario with a step to a missing component names the step', async () => {
      const el = await mountTag('k8s-control-plane', {});
      const custom: Scenario = {
        id: 'mine',
        title: { en: 'Mine', fr: 'Le mien' },
        steps: [
          { id: 'ask', from: 'scheduler', to: 'apiserver', kind: 'request', caption: 'The scheduler asks.' },
          { id: 'lost', from: 'apiserver', to: 'nowhere', kind: 'request', caption: 'Nowhere.' },
        ],
      };
      const errors = await errorOf(el, async () => {
        el.scenario = custom;
        await settle(el);
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-scenario']);
      expect(errors[0]!.message).to.contain('lost');
      el.scenario = { ...custom, steps: (custom.steps as ScenarioStep[]).slice(0, 1) };
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      el.next();
      expect(el.steps.map((s) => `${s.from}->${s.to}`)).to.deep.equal(['scheduler->apiserver']);
    });

    it('speed="fast" is an error that keeps the speed; speed="9" clamps to 4 with a warning', async () => {
      const el = await mountTag('container-stack', { scenario: 'docker-run', controls: '', speed: '2' });
      const errors = await errorOf(el, async () => {
        el.setAttribute('speed', 'fast');
        await el.updateComplete;
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(part(el, 'diagram')).to.not.equal(null, 'the diagram stays');
      expect(part(el, 'controls')!.querySelector('select')!.value).to.equal('2');
      const warnings = await warningsDuring(async () => {
        el.setAttribute('speed', '9');
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('speed="9"');
      await el.updateComplete;
      expect(part(el, 'controls')!.querySelector('select')!.value).to.equal('4');
      el.next();
      expect(el.stepIndex).to.equal(0);
    });

    it('clamps the speed property too: speed="100" reads 4, speed="0.01" reads 0.25, one warning each', async () => {
      const el = await mountTag('container-stack', { scenario: 'docker-run', controls: '' });
      expect(el.speed).to.equal(1);
      for (const [written, used] of [
        ['100', 4],
        ['0.01', 0.25],
      ] as const) {
        const warnings = await warningsDuring(async () => {
          el.setAttribute('speed', written);
          await el.updateComplete;
          await el.updateComplete;
        });
        expect(el.speed, `speed="${written}"`).to.equal(used);
        expect(warnings.filter((w) => w.includes('speed='))).to.deep.equal([`k8s-diagrams: <container-stack> speed="${written}" is outside 0.25–4; using ${used}.`]);
        await el.updateComplete;
        expect(part(el, 'controls')!.querySelector('select')!.value).to.equal(String(used));
      }
      const warnings = await warningsDuring(async () => {
        el.speed = 50;
        await el.updateComplete;
      });
      expect(el.speed).to.equal(4);
      expect(warnings).to.have.length(1);
      el.speed = 2;
      expect(el.speed).to.equal(2);
      const select = (await el.updateComplete, part(el, 'controls')!.querySelector('select')!);
      select.value = '0.5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.speed, 'the speed the reader chose').to.equal(0.5);
      el.removeAttribute('speed');
      await el.updateComplete;
      expect(el.speed, 'back to the default').to.equal(1);
    });

    it('clamps the speed property before any scenario is set; the warning comes with the scenario', async () => {
      const el = await mountTag('k8s-cluster', {});
      const before = await warningsDuring(async () => {
        el.setAttribute('speed', '100');
        await el.updateComplete;
      });
      expect(el.speed).to.equal(4);
      expect(before).to.deep.equal([]);
      const after = await warningsDuring(async () => {
        el.setAttribute('scenario', 'scale');
        await settle(el);
      });
      expect(after).to.deep.equal(['k8s-diagrams: <k8s-cluster> speed="100" is outside 0.25–4; using 4.']);
    });
  });
});

describe('the issue 14 scenarios play to their end in French, under reduced motion', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['rolling-update', 'k8s-cluster', {}, 'kubectl rollout status, qui surveille le Deployment'],
    ['scale-down', 'k8s-cluster', {}, 'Les contrôleurs reçoivent DELETED'],
  ];
  for (const [scenario, tag, attributes, lastCaption] of cases)
    it(`${scenario} on <${tag}> (fr)`, async () => {
      const real = window.matchMedia;
      window.matchMedia = ((query: string) => {
        if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
        return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
      });
      try {
        const el = await mountTag(tag, { ...attributes, scenario, controls: '', lang: 'fr' });
        const english = EXPECTED_FLOWS.find((f) => f.scenario === scenario && f.figure === 'cluster')!.beats;
        expect(await walk(el)).to.deep.equal(english);
        await el.updateComplete;
        expect(shadow(el).getAnimations()).to.deep.equal([]);
        // The last beat's caption, in French, and the counter in French.
        expect(part(el, 'caption')!.textContent).to.contain(lastCaption);
        expect(part(el, 'controls')!.querySelector('.counter')!.textContent.trim()).to.match(new RegExp(`^Étape \\d+ sur ${english.length}`));
      } finally {
        window.matchMedia = real;
      }
    });
});

// Issue 14's scenarios: each plays to its end on every figure it names, in both languages,
// under reduced motion, and ends on its last caption.
describe('issue 14 scenarios play to their end', () => {
  const CASES: Array<[string, 'k8s-cluster' | 'k8s-worker-node', Record<string, string>]> = [
    ['kubectl-exec', 'k8s-cluster', {}],
    ['kubectl-exec', 'k8s-cluster', { 'control-planes': '3' }],
    ['kubectl-exec', 'k8s-worker-node', {}],
    ['probes', 'k8s-cluster', {}],
    ['probes', 'k8s-cluster', { 'control-planes': '3' }],
    ['probes', 'k8s-worker-node', {}],
    // Walked in Node on every figure; here on the high-availability cluster too.
    ['rolling-update', 'k8s-cluster', { 'control-planes': '3' }],
    ['scale-down', 'k8s-cluster', { 'control-planes': '3' }],
  ];
  for (const [id, tag, attributes] of CASES)
    for (const lang of ['en', 'fr'] as const)
      it(`${id} on <${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}> (${lang}, reduced motion)`, async () => {
        const real = window.matchMedia;
        window.matchMedia = ((query: string) => {
          if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
          return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
        });
        try {
          const el = await mountTag(tag, { ...attributes, scenario: id, controls: '', lang });
          const model = figureModelFromMarkup(tag, (name) => attributes[name] ?? null);
          if (!model.ok) throw new Error('figure');
          const resolved = resolveScenario(id, model.value, tag);
          if (!resolved.ok) throw new Error(resolved.errors[0]!.message.en);
          expect(el.steps.length).to.equal(resolved.value.steps.length);
          const ends = await eventsDuring(el, 'k8s-end', () => {
            for (let i = 0; i < 200 && el.stepIndex < el.steps.at(-1)!.beat; i++) el.next();
          });
          expect(ends.length).to.equal(1);
          await el.updateComplete;
          const last = resolved.value.steps.at(-1)!.caption[lang];
          expect(part(el, 'caption')!.textContent).to.include(last);
          expect(part(el, 'error')).to.equal(null);
        } finally {
          window.matchMedia = real;
        }
      });
});

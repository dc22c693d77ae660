import { fail, ok, type Result } from '../errors.js';
import type { Model } from '../model.js';
import type { ScenarioElement } from '../scenarios/types.js';
import { buildContainerStackModel } from './container-stack.js';
import { buildControlPlaneModel } from './control-plane.js';
import { controlPlaneOptions, workerSpec, type AttributeReader } from './from-attributes.js';
import { clusterModelFromMarkup, type MarkupChild } from './from-markup.js';
import { buildWorkerNodeModel } from './worker-node.js';

/**
 * The model a diagram element's markup describes (its tag, its attributes, a cluster's
 * children), before any scenario: what the element draws, for code that has only the markup
 * (the renderer in Node, the docs site's gallery, the example tests).
 */
export function figureModelFromMarkup(tag: ScenarioElement, read: AttributeReader, children: readonly MarkupChild[] = []): Result<Model> {
  switch (tag) {
    case 'k8s-cluster':
      return clusterModelFromMarkup(read, children);
    case 'k8s-control-plane': {
      const options = controlPlaneOptions(read);
      return options.ok ? ok(buildControlPlaneModel(options.value)) : fail(...options.errors);
    }
    case 'k8s-worker-node': {
      const spec = workerSpec(read, 'worker-1');
      return spec.ok ? ok(buildWorkerNodeModel(spec.value)) : fail(...spec.errors);
    }
    case 'container-stack':
      return ok(buildContainerStackModel());
  }
}

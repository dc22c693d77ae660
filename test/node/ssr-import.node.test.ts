import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

// Static-site generators import our modules on the server, where there is no DOM.
describe('importing the elements in Node', () => {
  it('does not throw and defines nothing that breaks the server', async () => {
    await assert.doesNotReject(import('../../packages/elements/dist/k8s-diagrams.js'));
    await assert.doesNotReject(import('../../packages/elements/dist/k8s-control-plane.js'));
    const core = await import('../../packages/core/dist/index.js');
    assert.equal(typeof core.buildClusterModel, 'function');
  });
});

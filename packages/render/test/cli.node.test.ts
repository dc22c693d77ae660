import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

// The command as users run it: the package's bin on the built dist (`pnpm test` builds first).
const BIN = resolve('packages/render/bin/k8s-diagrams.js');

function run(args: string[], cwd: string) {
  const out = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'buffer' });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr.toString('utf8') };
}

describe('the k8s-diagrams command', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'k8s-diagrams-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{"components": [');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ components: [{ id: 'a', kind: 'nope' }], edges: [] }));
    // Unwritable even for root: the output path is a folder.
    mkdirSync(join(dir, 'taken.svg'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('renders an element to an SVG file, and to stdout with -o -', () => {
    const file = run(['render', '<k8s-cluster control-planes="3"></k8s-cluster>', '-o', 'ha.svg', '--lang', 'fr'], dir);
    assert.equal(file.code, 0, file.stderr);
    const svg = readFileSync(join(dir, 'ha.svg'), 'utf8');
    assert.match(svg, /^<svg xmlns=/);
    assert.match(svg, /<title[^>]*>Cluster Kubernetes<\/title>/);
    const out = run(['render', '<k8s-worker-node></k8s-worker-node>', '-o', '-'], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout.toString('utf8'), /data-component="worker-1\.kubelet"/);
  });

  it('writes a PNG (--format png, or from the extension) and an animated SVG', () => {
    const png = run(['render', '<container-stack></container-stack>', '-o', 'stack.png', '--scale', '1'], dir);
    assert.equal(png.code, 0, png.stderr);
    assert.equal(readFileSync(join(dir, 'stack.png')).subarray(1, 4).toString(), 'PNG');
    const animated = run(['render', '<k8s-cluster></k8s-cluster>', '--scenario', 'kubectl-apply', '--animated', '-o', 'apply.svg'], dir);
    assert.equal(animated.code, 0, animated.stderr);
    assert.match(readFileSync(join(dir, 'apply.svg'), 'utf8'), /@keyframes/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown tag', ['render', '<k8s-clustr></k8s-clustr>', '-o', 'x.svg'], /^k8s-diagrams: unknown-element: <k8s-clustr> is not an element of k8s-diagrams/],
    ['an invalid attribute', ['render', '<k8s-cluster workers="many"></k8s-cluster>', '-o', 'x.svg'], /^k8s-diagrams: invalid-attribute: workers="many" is not valid/],
    ['an unknown scenario', ['render', '<k8s-cluster></k8s-cluster>', '--scenario', 'kubectl-aply', '--animated', '-o', 'x.svg'], /^k8s-diagrams: unknown-scenario: .*kubectl-aply/],
    ['a model file that is not JSON', ['render', '--model', 'bad.json', '-o', 'x.svg'], /^k8s-diagrams: invalid-model: .*bad\.json is not JSON/],
    ['a model that is not valid', ['render', '--model', 'wrong.json', '-o', 'x.svg'], /^k8s-diagrams: invalid-model: .*unknown kind “nope”/],
    ['a glob that matches nothing', ['prerender', 'site/**/*.html'], /^k8s-diagrams: no-match: No file matches "site\/\*\*\/\*\.html"/],
    ['an unwritable output path', ['render', '<k8s-cluster></k8s-cluster>', '-o', 'taken.svg'], /^k8s-diagrams: unwritable-output: Cannot write .*taken\.svg/],
    ['a missing folder', ['render', '<k8s-cluster></k8s-cluster>', '-o', 'nowhere/x.svg'], /^k8s-diagrams: unwritable-output: /],
    ['an unknown option', ['render', '<k8s-cluster></k8s-cluster>', '--colour', 'red'], /^k8s-diagrams: invalid-option: /],
    ['an unsupported language', ['render', '<k8s-cluster></k8s-cluster>', '--lang', 'de'], /^k8s-diagrams: invalid-option: --lang "de" is not supported/],
  ];
  for (const [what, args, message] of bad)
    it(`${what}: one line on stderr naming it, exit 1, no output file`, () => {
      const before = readdirSync(dir).sort();
      const result = run(args, dir);
      assert.equal(result.code, 1);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(result.stdout.length, 0);
      assert.deepEqual(readdirSync(dir).sort(), before, 'nothing written');
      assert.equal(existsSync(join(dir, 'x.svg')), false);
    });

  it('draws a recorded cluster (--snapshot, JSON or YAML) and replays its audit log (--audit --animated, --redact, --keep-noise)', () => {
    const fixtures = resolve('examples/data');
    const drawn = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm.json'), '-o', 'mine.svg'], dir);
    assert.equal(drawn.code, 0, drawn.stderr);
    const svg = readFileSync(join(dir, 'mine.svg'), 'utf8');
    assert.match(svg, /data-component="worker-1"/);
    assert.match(svg, /aria-label="worker-2"/);
    const yaml = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm-ha.yaml'), '--lang', 'fr', '-o', 'ha.png', '--scale', '1'], dir);
    assert.equal(yaml.code, 0, yaml.stderr);
    const replay = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm.json'), '--audit', join(fixtures, 'audit-rollout.log'), '--animated', '-o', 'replay.svg'], dir);
    assert.equal(replay.code, 0, replay.stderr);
    const animated = readFileSync(join(dir, 'replay.svg'), 'utf8');
    assert.match(animated, /create deployments shop\/nginx → 201/);
    assert.match(animated, /@keyframes/);
    // Captions and callers only: no source IP, no user agent from the log.
    assert.doesNotMatch(animated, /10\.0\.0\.21|kubernetes\/5864a46/);
    // The CI robot's client is named with its user agent's product, unless --redact.
    assert.match(animated, /system:serviceaccount:ci:deployer \(Go-http-client\)/);
    const redacted = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm.json'), '--audit', join(fixtures, 'audit-rollout.log'), '--redact', '--animated', '-o', 'redacted.svg'], dir);
    assert.equal(redacted.code, 0, redacted.stderr);
    const quiet = readFileSync(join(dir, 'redacted.svg'), 'utf8');
    assert.match(quiet, /system:serviceaccount:ci:deployer/);
    assert.doesNotMatch(quiet, /Go-http-client|kube-probe|10\.0\.0\.\d+|192\.0\.2\.50/);
    // Health probes are noise, left out unless --keep-noise.
    assert.doesNotMatch(animated, /\/readyz/);
    const noisy = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm.json'), '--audit', join(fixtures, 'audit-rollout.log'), '--keep-noise', '--animated', '-o', 'noisy.svg'], dir);
    assert.equal(noisy.code, 0, noisy.stderr);
    assert.match(readFileSync(join(dir, 'noisy.svg'), 'utf8'), /\/readyz/);
    const stray = run(['render', '--snapshot', join(fixtures, 'cluster-kubeadm.json'), '--redact', '-o', 'no.svg'], dir);
    assert.equal(stray.code, 1);
    assert.match(stray.stderr, /^k8s-diagrams: invalid-option: --redact is about the replayed log/);
    const bad = run(['render', '--snapshot', resolve('README.md'), '-o', 'no.svg'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^k8s-diagrams: invalid-snapshot: .*README\.md/);
    assert.equal(existsSync(join(dir, 'no.svg')), false);
    const lonely = run(['render', '--audit', join(fixtures, 'audit-rollout.log'), '-o', 'no.svg'], dir);
    assert.equal(lonely.code, 1);
    assert.match(lonely.stderr, /^k8s-diagrams: invalid-option: --audit replays a log on a cluster/);
  });

  it('prerenders pages in place', () => {
    mkdirSync(join(dir, 'site/guide'), { recursive: true });
    writeFileSync(join(dir, 'site/guide/index.html'), '<!doctype html><html lang="fr"><body><k8s-control-plane></k8s-control-plane></body></html>');
    const result = run(['prerender', 'site/**/*.html'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout.toString(), /prerendered 1 figure in 1 page/);
    assert.match(readFileSync(join(dir, 'site/guide/index.html'), 'utf8'), /<k8s-control-plane><template shadowrootmode="open">.*Plan de contrôle/s);
  });
});

// The whole test suite, as CI runs it: build, typecheck, lint, the generated files' freshness,
// Node tests (core, layout, the built bundle, examples, the type tests), browser tests
// (@web/test-runner in system Chromium), the packed packages (publint, attw, an install), the
// consumer apps of examples/consumers/ (installed from the tarballs, built, opened in Chromium).
// Ends with one line `N passed, M failed` totalling every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const suites = [];

function step(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = status === 0;
  suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function counted(name, command, args, resultFile) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  rmSync(resultFile, { force: true });
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  let counts = { passed: 0, failed: 0 };
  if (existsSync(resultFile)) counts = JSON.parse(readFileSync(resultFile, 'utf8'));
  // A runner that crashed before reporting, or failed without a failed test, is one failure.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  suites.push({ name, passed: counts.passed, failed: counts.failed, seconds: (Date.now() - started) / 1000 });
}

const built = step('build', 'node', ['scripts/build.mjs']);
step('typecheck', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'pnpm', ['exec', 'eslint', '.']);
step('generated icons are fresh', 'node', ['scripts/generate-icons.mjs', '--check']);
if (built) {
  counted('node tests', 'node', ['scripts/run-node-tests.mjs'], '.test-results/node.json');
  counted('browser tests', 'pnpm', ['exec', 'web-test-runner'], '.test-results/browser.json');
  counted('packages (pack:all, publint, attw, install)', 'node', ['scripts/check-packages.mjs'], '.test-results/packages.json');
  // After the packages: the consumer apps install the tarballs check-packages just packed.
  counted('consumer apps (examples/consumers: Vite, React 19, React 18, Vue, Astro)', 'node', ['scripts/check-consumers.mjs'], '.test-results/consumers.json');
} else {
  suites.push({ name: 'node and browser tests (not run: the build failed)', passed: 0, failed: 1, seconds: 0 });
}

console.log('\n── summary');
for (const s of suites) console.log(`${s.failed ? '✖' : '✔'} ${s.name}: ${s.passed} passed, ${s.failed} failed (${s.seconds.toFixed(0)} s)`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

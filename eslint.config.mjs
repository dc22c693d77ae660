// Lint: typescript-eslint (type-checked), Lit and web-component rules on the sources,
// tests, stories and scripts. Run: pnpm lint
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '.scratch/**',
      'coverage/**',
      '**/*.generated.ts',
      'packages/icons/src/icons/**',
      'bench/results/**',
      'examples/**/.vitepress/cache/**',
      'examples/**/.vitepress/dist/**',
      'site/.vitepress/cache/**',
      'site/.vitepress/dist/**',
      // Each consumer app has its own toolchain and type-check (scripts/check-consumers.mjs).
      'examples/consumers/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'test/pages/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Author strings are text, never markup (ARCHITECTURE.md §7).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Author strings are text: build DOM or use Lit templates.' },
        { property: 'outerHTML', message: 'Author strings are text: build DOM or use Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Author strings are text.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Author strings are text.' }, { name: 'lit/directives/unsafe-svg.js', message: 'Author strings are text.' }] },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Plain JavaScript (scripts, configs) is not type-checked.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests poke at internals and browser globals on purpose.
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

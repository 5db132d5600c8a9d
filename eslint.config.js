// Flat ESLint config: TypeScript rules, React hooks rules, and the import direction of
// the architecture (lib → features → app; features never import each other).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// kebab-case file names (`retention-curves.ts`), so a name reads the same in imports,
// the tree and the docs. A local rule: eslint-plugin-unicorn would bring ~100 rules for one.
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;
const fileNames = {
  rules: {
    'kebab-case': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File name "{{name}}" is not kebab-case.' } },
      create(context) {
        return {
          Program(node) {
            const name = context.filename.split(/[\\/]/).pop() ?? '';
            if (!KEBAB.test(name)) context.report({ node, messageId: 'name', data: { name } });
          },
        };
      },
    },
  },
};

/** Zones that let `src/lib/<layer>` import only itself and the lib folders in `below`. */
function libLayer(layer, below) {
  return [
    {
      target: `./src/lib/${layer}`,
      from: './src/lib',
      except: [`./${layer}`, ...below.map((name) => `./${name}`)],
      message:
        below.length > 0
          ? `lib/${layer} may import only lib/${below.join(', lib/')}.`
          : `lib/${layer} imports nothing from lib.`,
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { files: fileNames },
    rules: {
      // Type-aware checks that catch real bugs: a promise nobody awaits or catches, and a
      // switch that forgets a member of a union (a new section, a new dataset kind).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'files/kebab-case': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: './src/features', message: 'lib must not depend on features.' },
            { target: './src/lib', from: './src/app', message: 'lib must not depend on the app.' },
            { target: './src/features', from: './src/app', message: 'features must not depend on the app.' },
            // Inside lib, layers: sql (pure) ← db (the engine) ← datasets; query and ui sit on top.
            // perf (performance marks) imports nothing and may be used by any layer.
            ...libLayer('sql', []),
            ...libLayer('perf', []),
            ...libLayer('math', []),
            ...libLayer('db', ['sql', 'perf']),
            ...libLayer('cohorts', ['sql']),
            ...libLayer('datasets', ['sql', 'db', 'perf']),
            ...features.map((name) => ({
              target: `./src/features/${name}/components`,
              from: './src/lib/db',
              message: 'Components render: they get data through api/ queries and hooks, never from the engine.',
            })),
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features do not import each other; move shared code to src/lib.',
            })),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render raw HTML.' },
      ],
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'test/**/*.ts', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Formatting is Prettier's (`npm run lint` runs `prettier --check`); turn off the rules it owns.
  prettier,
);

// Lint rules of the web client (issue 16): ESLint's and typescript-eslint's recommended sets, run by
// `npm run lint` in the Maven build. Generated code (src/gql) and build output are not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'target/', 'src/gql/', 'node_modules/', 'e2e/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);

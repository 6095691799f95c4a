import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema files of graph-api are the contract: types are generated from them, never copied.
const config: CodegenConfig = {
  schema: '../graph-api/src/main/resources/graphql/*.graphqls',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', ID: 'string' },
      },
    },
  },
};
export default config;

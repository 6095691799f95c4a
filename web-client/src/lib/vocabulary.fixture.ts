// The service's `vocabularies` answer as recorded by graph-api's VocabularyAnswerTest (which fails when the
// recording is not what the service answers): the display names the unit tests install.
import { readFileSync } from 'node:fs';
import type { VocabularyAnswer } from './format';

export const RECORDED_VOCABULARIES: VocabularyAnswer[] = JSON.parse(
  readFileSync(new URL('../../../graph-api/src/test/resources/graphql-test/answers/vocabularies.json', import.meta.url), 'utf8'),
).data.vocabularies;

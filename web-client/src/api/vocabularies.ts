// The display names of the graph's stored codes come from the service (`vocabularies`), fetched once per
// session: kept in sessionStorage for the tab's session (a reload does not ask again), forgotten at sign-out.
// Until they arrive, or when the service cannot answer, codes are shown as their words (lib/format.ts).
import { query } from './client';
import { VocabulariesQuery } from './queries';
import { useVocabularies, type VocabularyAnswer } from '../lib/format';

const KEY = 'ecosystem-graph.vocabularies';
let loading: Promise<void> | null = null;

function cached(): VocabularyAnswer[] | null {
  try {
    const text = sessionStorage.getItem(KEY);
    const list = text ? (JSON.parse(text) as unknown) : null;
    return Array.isArray(list) ? (list as VocabularyAnswer[]) : null;
  } catch {
    return null;
  }
}

/** Installs the service's display names, asking the service at most once per session; never fails. */
export function loadVocabularies(): Promise<void> {
  if (loading) return loading;
  const kept = cached();
  if (kept) {
    useVocabularies(kept);
    loading = Promise.resolve();
    return loading;
  }
  loading = query(VocabulariesQuery).then(
    ({ vocabularies }) => {
      useVocabularies(vocabularies);
      try {
        sessionStorage.setItem(KEY, JSON.stringify(vocabularies));
      } catch {
        /* storage full or off: asked again next session */
      }
    },
    () => {
      loading = null; /* shown as words this time; the next view asks again */
    },
  );
  return loading;
}

/** At sign-out: the next session asks again (the service may have changed its names meanwhile). */
export function forgetVocabularies(): void {
  loading = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}

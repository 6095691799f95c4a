import { readdirSync, readFileSync } from 'node:fs';
import { parse, Kind, type EnumTypeDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayName, hasDisplayName, useVocabularies } from './format';
import { RECORDED_VOCABULARIES } from './vocabulary.fixture';

// The enums the schema declares (graph-api's schema files, as codegen reads them).
const SCHEMA = new URL('../../../graph-api/src/main/resources/graphql/', import.meta.url);
const ENUMS = readdirSync(SCHEMA)
  .filter((f) => f.endsWith('.graphqls'))
  .flatMap((f) =>
    parse(readFileSync(new URL(f, SCHEMA), 'utf8')).definitions.filter(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION,
    ),
  );

/** The enums whose values people see, and the kind of display name they take (format.ts displayName). */
const SHOWN: Record<string, string> = {
  PartnerTier: 'tier',
  PerformanceTier: 'tier',
  PartnerType: 'partnerType',
  PartnerStatus: 'status',
  Segment: 'segment',
  DealSource: 'source',
  DealOutcome: 'outcome',
  DealRole: 'role',
  RegistrationStage: 'registrationStage',
  InvestmentKind: 'investmentKind',
  NodeKind: 'nodeKind',
  ConflictKind: 'conflictKind',
  RetrainState: 'retrain',
  SavedViewTarget: 'savedViewTarget',
  ShortlistStatus: 'shortlistStatus',
};
/** The enums that are controls or internal codes: a view words them itself, or never shows them. */
const NOT_SHOWN = new Set([
  'AuditOutcome',
  'CanvasColour',
  'CanvasLabelRank',
  'CanvasLayout',
  'CombinationOutcome',
  'CredentialKind',
  'CustomerOrderField',
  'DealOrderField',
  'DriverLeverKind',
  'DriverOutcome',
  'EvidenceBasis',
  'EvidenceMeasure',
  'EvidenceOrderField',
  'ExpandDirection',
  'GrowthInterval',
  'IntegrationCombinationOutcome',
  'IppModelKind',
  'ModelState',
  'PartnerOrderField',
  'ProtectionSide',
  'RelationshipType',
  'ScoreConfidence',
  'ScoredPopulation',
  'SortDirection',
  'UserErrorCode',
]);

describe('display names from the service', () => {
  beforeAll(() => {
    useVocabularies(RECORDED_VOCABULARIES);
  });

  it('every enum of the schema is either shown with display names or known not to be', () => {
    expect(ENUMS.length).toBeGreaterThan(20);
    const unclassified = ENUMS.map((e) => e.name.value).filter((n) => !SHOWN[n] && !NOT_SHOWN.has(n));
    expect(unclassified, 'a new enum: give its values display names (vocabularies or format.ts) and list it here').toEqual([]);
  });

  it('every value of every shown enum gets a display name', () => {
    const missing = ENUMS.filter((e) => SHOWN[e.name.value]).flatMap((e) =>
      (e.values ?? [])
        .map((v) => v.name.value)
        .filter((v) => !hasDisplayName(v, SHOWN[e.name.value]))
        .map((v) => `${e.name.value}.${v}`),
    );
    expect(missing).toEqual([]);
  });

  it("the service's name wins, and is what the views show", () => {
    for (const v of RECORDED_VOCABULARIES) {
      for (const t of v.values)
        expect(
          displayName(
            t.value.toUpperCase(),
            v.name === 'type'
              ? 'partnerType'
              : v.name === 'registration_stage'
                ? 'registrationStage'
                : v.name === 'kind'
                  ? 'investmentKind'
                  : v.name,
          ),
        ).toBe(t.label);
    }
    expect(displayName('TECHNOLOGY', 'partnerType')).toBe('Technology / ISV');
    expect(displayName('north_america', 'region')).toBe('North America');
  });

  it('a name the service changes is shown as it says; an unknown code is shown as its words', () => {
    useVocabularies([{ name: 'region', values: [{ value: 'emea', label: 'Europe, Middle East and Africa' }] }]);
    expect(displayName('EMEA', 'region')).toBe('Europe, Middle East and Africa');
    expect(displayName('north_america', 'region')).toBe('North america'); // no longer from a table of the client's own
    expect(displayName('lime', 'explanation')).toBe('LIME (local surrogate model)'); // the client's own words stay
    useVocabularies(RECORDED_VOCABULARIES);
  });
});

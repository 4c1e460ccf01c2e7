import { isPackSection, type CellWord, type PackSection, type RankingColumnKey } from '@kaoping/report';

/**
 * English for the Chinese that report's models carry (ranking columns and fixed cell words, pack-diff sections).
 * Only the English locale reads these: in Chinese the SPA shows report's own text, so it is written once.
 * Indicator and list columns are named by the pack, so only their fixed parts are here.
 */
export const modelNamesEn: {
  columns: Record<Exclude<RankingColumnKey, 'indicator' | 'list'>, string>;
  words: Record<CellWord, string>;
  sections: Record<PackSection, string>;
} = {
  columns: {
    rank: 'Ranking',
    move: 'Change',
    unitId: 'Unit code',
    unit: 'Unit',
    base: 'Base',
    bonus: 'Bonus',
    deduction: 'Deduction',
    total: 'Total',
    light: 'Overall light',
  },
  words: { notApplicable: 'N/A', vetoed: 'Vetoed', unranked: 'Unranked', yes: 'Yes' },
  sections: {
    $schema: 'Schema',
    schemaVersion: 'Format version',
    id: 'Scheme id',
    name: 'Scheme name',
    version: 'Pack version',
    description: 'Description',
    calendar: 'Calendar',
    parameters: 'Parameters',
    rounding: 'Rounding',
    groups: 'Groups',
    inputs: 'Input mapping',
    projectFlags: 'Project flags',
    measures: 'Measures',
    methods: 'Methods',
    defaults: 'Default formulas',
    indicators: 'Indicators',
    weights: 'Weights',
    weightTotal: 'Weight total',
    adjustments: 'Bonus/deduction',
    veto: 'Veto',
    base: 'Base score',
    total: 'Total',
    facts: 'Facts',
    ranking: 'Ranking',
    lists: 'Outcome lists',
    projectRules: 'Project rules',
  },
};

/** A pack-diff section in English (for `diffLines` labels), or undefined for a key a rule pack does not have. */
export const englishSection = (section: string): string | undefined => (isPackSection(section) ? modelNamesEn.sections[section] : undefined);

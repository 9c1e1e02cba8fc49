/** Narrative section ids of 第二部分 (src/document/narrative/parts.ts, spec §1.4). */
export const SECTION = {
  totals: 'explanation.1',
  income: 'explanation.2',
  expenditure: 'explanation.3',
  appropriation: 'explanation.4',
  generalPublic: 'explanation.5',
  basic: 'explanation.6',
  threePublic: 'explanation.7',
  govFund: 'explanation.8',
  stateCapital: 'explanation.9',
  operatingFunds: 'explanation.10.1',
  procurement: 'explanation.10.2',
  performance: 'explanation.10.3',
  assets: 'explanation.10.4',
  transfers: 'explanation.10.5',
} as const;

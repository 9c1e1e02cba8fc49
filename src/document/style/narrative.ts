import type { AmountFormat } from '../../model/money.js';
import { styleOptionsSchema, type StyleOptions } from './options.js';

/** How the narrative words and prints figures (variations.md §5, §6, §8, §9); read by the helpers. */
export interface NarrativeStyle {
  amount: AmountFormat;
  /** Decimals of `占X%`; undefined = the core `percentDecimals`. */
  sharePercentDecimals: number | undefined;
  /** Decimals of `增长X%`; undefined = the core `percentDecimals`. */
  growthPercentDecimals: number | undefined;
  flatWording: string;
  amountVerbs: { up: string; down: string };
  rateVerbs: { up: string; down: string };
  /** `比{priorYear}年`: before the verb of a comparison. */
  comparePhrase: string;
  /** `与{priorYear}年`: before the flat wording of a comparison. */
  compareFlatPhrase: string;
  namePrior: boolean;
  compareGrowth: boolean;
  /** Printed after the amount when the prior year is 0 and Δ ≠ 0; '' = nothing. */
  zeroBaseText: string;
  /** Print the `下降100%` of a change to zero. */
  rateToZero: boolean;
}

/** The narrative part of the style options. */
export function narrativeStyle(options: StyleOptions): NarrativeStyle {
  return {
    amount: { unit: options.narrativeAmountUnit, decimals: options.narrativeAmountDecimals, thousands: options.narrativeThousands },
    sharePercentDecimals: options.sharePercentDecimals,
    growthPercentDecimals: options.growthPercentDecimals,
    flatWording: options.flatWording,
    amountVerbs: verbs(options.amountVerbs),
    rateVerbs: verbs(options.rateVerbs),
    comparePhrase: options.comparePhrase,
    compareFlatPhrase: options.compareFlatPhrase ?? flatPhraseOf(options.comparePhrase),
    namePrior: options.namePrior,
    compareGrowth: options.compareGrowth,
    zeroBaseText: options.zeroBase === 'no-comparable' ? options.zeroBaseText : '',
    rateToZero: options.toZero === 'rate',
  };
}

/** The Luoyang narrative style. */
export const DEFAULT_NARRATIVE_STYLE: NarrativeStyle = narrativeStyle(styleOptionsSchema.parse({}));

/** `比2023年` → `与2023年` (与…保持一致); `同比`, `较上年` stay as they are (同比无变化, 较上年无增减). */
function flatPhraseOf(phrase: string): string {
  return phrase.startsWith('比') && !phrase.startsWith('比较') ? `与${phrase.slice(1)}` : phrase;
}

function verbs(pair: string): { up: string; down: string } {
  const [up = '', down = ''] = pair.split('/');
  return { up, down };
}


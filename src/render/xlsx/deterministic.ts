import type { BudgetDocument } from '../../document/model.js';
import { deflatedOnce, type ZipSource } from '../../zip/index.js';
import { MODEL_PART, MODEL_PART_RELS, MODEL_PROPS_PART, modelPartBytes, modelPropsXml } from '../verify/model-part.js';

/** The time every zip entry is stamped with when the input gives no date (document-date.ts). */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * The document's model as a custom XML part with its properties, as in the .docx, so `yusuan verify` can check the
 * workbook's cells on its own (workbook.xml.rels links it, [Content_Types].xml types its properties).
 */
export function modelEntries(doc: BudgetDocument): ZipSource[] {
  const encoder = new TextEncoder();
  return [
    { name: MODEL_PART, data: deflatedOnce(modelPartBytes(doc)) }, // deflated once for the .docx and the .xlsx
    { name: MODEL_PROPS_PART, data: encoder.encode(modelPropsXml()) },
    { name: 'customXml/_rels/item1.xml.rels', data: encoder.encode(MODEL_PART_RELS) },
  ];
}

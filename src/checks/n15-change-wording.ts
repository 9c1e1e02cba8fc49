import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notRun, type DocumentRule } from './rule.js';
import { changeClauses } from './view/narrative.js';

/** Wordings that are wrong whatever the figures (spec §2.0 helper phrases, §2.11), in any unit and verbs of the house style. */
const WRONG: readonly [RegExp, (flat: string) => string][] = [
  [/增加（减少）|增长（下降）|（减少）|（下降）|增加\(减少\)|增长\(下降\)/g, () => '未替换的模板文字'],
  [/(?:增加|减少|增长|下降)0(?:\.0+)?(?:万元|元)/g, (flat) => `增减额为0时应写“${flat}”`],
  // A non-zero Δ on a large base may round to 0.00% (增加499.95万元，增长0.00%): only a zero Δ is wrong here.
  [/(?<!(?:增加|减少|增长|下降)(?:[1-9][\d.,]*|0\.\d*[1-9]\d*)(?:万元|元)，)(?:增长|下降)0(?:\.0+)?%/g, () => '增减额为0时不应写增长率'],
  [/与\d{4}年(?:预算)?(?:增加|减少)/g, () => '“与”应搭配“相比”或“保持一致”，增减应写“比…增加/减少”'],
  [/比\d{4}年(?:预算)?(?:相比)?保持一致/g, () => '“保持一致”应写作“与…保持一致”'],
];

/**
 * N15 (spec §5.2, §2.11): in 第二部分 no unresolved `（减少）`/`（下降）`; Δ = 0 reads `保持一致`, never
 * `增加0万元`; `与` takes `相比`/`保持一致` and `比` takes `增加`/`减少`; the verb matches the growth word.
 */
export const n15: DocumentRule = {
  id: 'N15',
  layer: 'document',
  severity: 'error',
  tolerance: 'text',
  description: '说明中的增减措辞：无未替换的“（减少）（下降）”；增减为0写模板的无变化措辞（如“保持一致”）；增减与增长/下降方向一致',
  run(view) {
    const sections = view.document.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'paragraph' && b.section?.startsWith('explanation.') ? [b.section] : []));
    const unique = [...new Set(sections)];
    if (unique.length === 0) return notRun('文档中没有第二部分说明');
    const out: Diagnostic[] = [];
    for (const section of unique) {
      const text = view.section(section) ?? '';
      for (const [re, why] of WRONG) {
        const hits = [...text.matchAll(re)].map((m) => m[0]);
        if (hits.length > 0) out.push(finding(this, { kind: 'narrative', section }, `${hits.map((h) => `“${h}”`).join('、')}：${why(view.style.flatWording)}`));
      }
      const crossed = changeClauses(text).filter((c) => c.up !== c.growUp);
      if (crossed.length > 0) out.push(finding(this, { kind: 'narrative', section }, `${crossed.map((c) => `“${c.raw}”`).join('、')}：增减方向与增长/下降不一致`));
    }
    return out;
  },
};

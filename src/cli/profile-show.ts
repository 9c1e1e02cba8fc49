import { displayFile, type OutlineSection, type Profile } from '../document/profile.js';

/** The resolved profile as plain data (`yusuan profile show --json`): what every document made with it reads. */
export function profileData(profile: Profile): Record<string, unknown> {
  const section = (s: OutlineSection): Record<string, unknown> => ({ id: s.id, ...(s.template ? { template: s.template } : {}), ...(s.sections ? { sections: s.sections.map(section) } : {}) });
  return {
    id: profile.id,
    dir: displayFile(profile.dir),
    edition: profile.edition,
    description: profile.description,
    chain: profile.chain,
    narrativeChain: profile.narrativeChain,
    tablesChain: profile.tablesChain,
    options: profile.options,
    outline: { numbering: profile.outline.numbering, parts: profile.outline.parts.map((p) => ({ id: p.id, ...(p.sections.length ? { sections: p.sections.map(section) } : {}) })) },
    tables: profile.tables,
    glossary: profile.glossary,
    texts: profile.texts,
  };
}

/** The resolved profile in Chinese, section by section: chain, options, outline, tables, glossary, texts. */
export function formatProfile(profile: Profile): string {
  const lines = [
    `模板 ${profile.id}（${displayFile(profile.dir)}）`,
    `版式：${profile.edition || '（未指定）'}`,
    ...(profile.description ? [`说明：${profile.description}`] : []),
    `继承：${profile.chain.join(' → ')}`,
    ...(sameChain(profile.narrativeChain, profile.chain) ? [] : [`说明部分取自：${profile.narrativeChain.join(' → ')}`]),
    ...(sameChain(profile.tablesChain, profile.chain) ? [] : [`表格取自：${profile.tablesChain.join(' → ')}`]),
    '',
    '选项（options）：',
    ...Object.entries(profile.options).map(([k, v]) => `  ${k} = ${JSON.stringify(v)}`),
    '',
    `说明结构（outline；标题编号 level2 = ${profile.outline.numbering.level2}，level3 = ${profile.outline.numbering.level3}）：`,
    ...profile.outline.parts.flatMap((p) => [`  ${p.id}  ${profile.texts[`part.${p.id}.title`] ?? (p.id === 'annex' ? '附件（表格）' : '')}`, ...p.sections.flatMap((s) => sectionLines(profile, s, '    '))]),
    '',
    `表格（tables，${profile.tables.length} 张；表号  表格键  表格类型  标题）：`,
    ...profile.tables.map((t) => `  ${t.id}  ${t.key}  ${t.spec}  ${t.title}${t.options ? `  ${JSON.stringify(t.options)}` : ''}`),
    '',
    `名词解释（glossary，${profile.glossary.length} 条）：${profile.glossary.map((g) => g.term).join('、')}`,
    '',
    `文字（texts，${Object.keys(profile.texts).length} 条）：`,
    ...Object.entries(profile.texts).map(([k, v]) => `  ${k} = ${v}`),
  ];
  return `${lines.join('\n')}\n`;
}

function sectionLines(profile: Profile, s: OutlineSection, indent: string): string[] {
  const body = s.template ? `narrative/${s.template}.hbs` : '（无正文）';
  return [`${indent}${s.id}  ${profile.texts[`heading.${s.id}`] ?? ''}  ${body}`, ...(s.sections ?? []).flatMap((c) => sectionLines(profile, c, `${indent}  `))];
}

function sameChain(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The first sentence of a description, for `yusuan profile list`. */
export function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

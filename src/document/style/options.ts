import { z } from 'zod';

const unit = z.enum(['万元', '元']);
const decimals = z.number().int().min(0).max(6);

/**
 * Class W style options (variations.md §5–9, issue 14): how amounts, percentages, changes and empty
 * tables are printed. Flat keys, so a child profile overrides one of them without restating the others.
 * Every default reproduces the Luoyang seeds; the core options `zeroStyle` and `percentDecimals` stay in
 * the profile schema and are read beside these.
 */
export const styleOptionsSchema = z.object({
  narrativeAmountUnit: unit.default('万元').meta({
    title: '正文金额单位',
    description: '正文（说明部分）金额的单位：“万元”或“元”。元 = 万元 × 10000 精确换算，只在打印时四舍五入；正文中的单位字随之改变。',
  }),
  narrativeAmountDecimals: decimals.default(2).meta({ title: '正文金额小数位数', description: '正文金额保留的小数位数（四舍五入），如 2 → 3374.03，1 → 3374.0，0 → 3374。' }),
  narrativeThousands: z.boolean().default(false).meta({ title: '正文千位分隔符', description: '正文金额是否加千位分隔符，如 33,740,300.00。' }),
  tableAmountUnit: unit.default('万元').meta({
    title: '表格金额单位',
    description: '表格金额的单位：“万元”或“元”；表头的单位行随之印为“单位：元”。单元格的精确值（value）也以此单位记录。',
  }),
  tableAmountDecimals: decimals.default(2).meta({ title: '表格金额小数位数', description: '表格金额保留的小数位数（四舍五入）。' }),
  tableThousands: z.boolean().default(false).meta({ title: '表格千位分隔符', description: '表格金额是否加千位分隔符。' }),
  sharePercentDecimals: decimals.optional().meta({
    title: '占比小数位数',
    description: '“占X%”构成比的小数位数；不填时同 percentDecimals。两项构成比按此精度打印后之和恰为100（如 33.333/66.667 取整为 33%/67%）。',
  }),
  growthPercentDecimals: decimals.optional().meta({ title: '增长率小数位数', description: '增长率（增长/下降X%）的小数位数；不填时同 percentDecimals。' }),
  flatWording: z.string().min(1).default('保持一致').meta({
    title: '无变化措辞',
    description: '变动为零时的措辞，如“保持一致”（洛阳）、“持平”、“无变化”、“无增减”。比较句印为“与2023年保持一致”“同比无变化”等；模板中的 {{flatWord}} 也印此词。',
  }),
  amountVerbs: z.enum(['增加/减少', '增长/下降']).default('增加/减少').meta({ title: '金额变动用词', description: '金额变动的动词：“增加/减少”（洛阳）或“增长/下降”。' }),
  rateVerbs: z.enum(['增长/下降', '增加/减少']).default('增长/下降').meta({
    title: '增长率用词',
    description: '增长率的动词：“增长/下降”（洛阳，“增加10.00万元，增长5.00%”）或“增加/减少”（“增加0.6万元，增加5%”）。',
  }),
  comparePhrase: z.string().min(1).default('比{priorYear}年').meta({
    title: '比较用语',
    description: '有增减时比较句的开头，{priorYear} 代入上年年度，{year} 代入本年度：如“比{priorYear}年”（洛阳）、“比上年”、“较上年”、“同比”、“较{priorYear}年预算”。',
  }),
  compareFlatPhrase: z.string().min(1).optional().meta({
    title: '无变化比较用语',
    description: '无变化时比较句的开头；不填时由比较用语推出：以“比”开头的改为“与”（“比2023年”→“与2023年保持一致”），其余照用（“同比无变化”“较上年无增减”）。',
  }),
  namePrior: z.boolean().default(false).meta({
    title: '写出上年数',
    description: '比较句是否写出上年数，如“比2023年预算数12.00万元增加3.00万元”（比较用语设为“比{priorYear}年预算数”）。',
  }),
  compareGrowth: z.boolean().default(false).meta({ title: '比较句带增长率', description: '比较句（cmp）是否在增减额后接增长率，如“比2021年预算增加0.6万元，增加5%”。' }),
  zeroBase: z.enum(['omit', 'no-comparable']).default('omit').meta({
    title: '上年为零时的增长率',
    description: '上年数为零时：“omit” 不印增长率（洛阳）；“no-comparable” 印 zeroBaseText（默认“上年无该预算，增长率无可比性”）。',
  }),
  zeroBaseText: z.string().min(1).default('上年无该预算，增长率无可比性').meta({ title: '上年为零时的说明', description: 'zeroBase 为 no-comparable 时接在增减额后的文字。' }),
  toZero: z.enum(['rate', 'omit']).default('rate').meta({
    title: '本年为零时的增长率',
    description: '本年数为零（上年不为零）时：“rate” 照印“下降100%”（洛阳）；“omit” 只印减少额。',
  }),
  zeroDisplay: z.enum(['blank', '0.00', '0', '—']).default('blank').meta({
    title: '表格零值显示',
    description: '表格中零金额的写法：“blank” 空白（洛阳；01表年终结转结余等指定显示零的格仍印 0.00）、“0.00”（按表格小数位数印零）、“0”、“—”。表格条目的 options.zeroDisplay 可单独覆盖。',
  }),
  emptyNotePlace: z.enum(['below', 'in-table']).default('below').meta({
    title: '空表备注位置',
    description: '空表备注的位置：“below” 印在表格下方（洛阳）；“in-table” 作为表内最后一行的合并单元格。表格条目的 options.emptyNotePlace 可单独覆盖。',
  }),
  emptyNoteDefault: z.string().min(1).optional().meta({
    title: '默认空表备注',
    description: '表格条目未写 emptyNote 时空表使用的备注（handlebars，可用 {{shortName}} {{fullName}} {{year}} {{tableTitle}} 等），如“备注：{{shortName}}{{year}}年无{{tableTitle}}数据，故此表为空表。”；不填则不印。',
  }),
});

/** The parsed style options, every defaulted field present. */
export type StyleOptions = z.infer<typeof styleOptionsSchema>;

/** The option names of the schema, for picking them out of a profile's options. */
export const STYLE_OPTION_KEYS = Object.keys(styleOptionsSchema.shape) as (keyof StyleOptions)[];

/**
 * The style options one table may override in its tables.json entry `options` (layout.ts reads the entry's
 * value first, then the profile's): optional, no defaults. Table specs spread this into their options schema.
 */
export const tableStyleOptionsShape = {
  zeroDisplay: z.enum(['blank', '0.00', '0', '—']).optional().meta({ description: '本表零金额的写法（blank 空白、0.00、0、—）；不填同模板的 zeroDisplay' }),
  emptyNotePlace: z.enum(['below', 'in-table']).optional().meta({ description: '本表空表备注的位置（below 表下、in-table 表内合并行）；不填同模板的 emptyNotePlace' }),
  tableAmountUnit: unit.optional().meta({ description: '本表金额单位（万元、元）；不填同模板的 tableAmountUnit' }),
  tableAmountDecimals: decimals.optional().meta({ description: '本表金额小数位数；不填同模板的 tableAmountDecimals' }),
  tableThousands: z.boolean().optional().meta({ description: '本表金额是否加千位分隔符；不填同模板的 tableThousands' }),
};

import type { ContentCell, GridTable } from '../../document/model.js';
import type { ProfileTable } from '../../document/profile.js';
import type { Place, ReadGrid, ReadLine } from '../read-model.js';
import type { Cleaner } from '../text-clean.js';

/** A printed table as found: the profile entry it was recognised as, its title block, its grid and its notes. */
export interface TableRead {
  entry: ProfileTable;
  /** The edition's empty layout of this table (reference.ts). */
  reference: GridTable;
  /** The role of each column's body cells, from the spec's column kinds (code, label, amount, text). */
  kinds: ReadonlyMap<string, ContentCell['role']>;
  label?: ReadLine;
  title: ReadLine;
  subtitle?: ReadLine;
  nameLine?: ReadLine;
  grid: ReadGrid;
  notes: ReadLine[];
  /** How this source's texts are cleaned (text-clean.ts). */
  clean: Cleaner;
  /** The reference column of each grid column, when the reader knows it (text sources lay the edition's header). */
  columns?: number[];
  /** The row keys, when the reader knows them (the 整体绩效 form is read by its labels). */
  rowKeys?: string[];
}

/** Something printed that could not be read, or that the edition expects and the document lacks: listed, never guessed. */
export interface ReadProblem {
  /** The table's key when the problem is in a table. */
  table?: string;
  place?: Place;
  /** In Chinese: `预算09表 表头缺少“项目支出 › 特定目标类”列`. */
  message: string;
  /** `column`: a column the edition has is missing or unreadable; `cell`: figures that could not be placed; `note`: read, with a caveat. */
  kind: 'table' | 'column' | 'cell' | 'section' | 'file' | 'note';
}

/** A read table rebuilt as the document model's grid, with the place of each of its cells. */
export interface KeyedTable {
  table: GridTable;
  /** Place of each grid position's cell (undefined where covered or not printed). */
  places: (Place | undefined)[][];
  titlePlace: Place;
  /** Where the name line and each note were read. */
  namePlace?: Place;
  notePlaces: Place[];
  problems: ReadProblem[];
}

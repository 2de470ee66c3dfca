/** The article format read structurally, before any meaning is given to it (see docs/formats.md). */
export interface Located<T> {
  value: T;
  line: number;
}

export interface InfoboxEntry {
  key: string;
  value: string;
  line: number;
  /** `Minister1 Name` → group `Minister`, index 1, field `Name`. */
  group?: { name: string; index: number; field: string };
}

export interface ArticleTable {
  line: number;
  /** One label per column, the two header lines merged (`Term of office / Took office`). */
  columns: string[];
  rows: Located<string[]>[];
}

export interface ArticleSection {
  level: number;
  title: string;
  line: number;
  paragraphs: Located<string>[];
  bullets: Located<string>[];
  tables: ArticleTable[];
}

export interface ArticleDocument {
  file: string;
  title: string;
  /** The formal name on the line after the title, when there is one. */
  formalName?: Located<string>;
  infobox: InfoboxEntry[];
  /** The lead: paragraphs before the first heading. */
  lead: Located<string>[];
  sections: ArticleSection[];
}

/**
 * Line and column in the article's file of an offset into the article's text:
 * the one place they are computed, for the engine's evidence and every report
 * format (Markdown, JSON, SARIF, GitHub annotations, `facts`).
 *
 * For `.txt` and `.md` the text is the file (front matter included), so the
 * line is counted in the text itself (`\n`, `\r\n` and a lone `\r` each end a
 * line). A `.json`/`.jsonl` record's text is the decoded `text` string
 * literal: its position comes from the article's `origin` (line and column of
 * the literal, and its escapes, each taking more characters in the file than
 * in the text).
 */
import type { Article, TextOrigin } from '../types.js';
import { lineAndColumn, lineStarts } from './lines.js';
import { countBelow } from '../util/spans.js';

/** A 1-based line and column (UTF-16 code units, as editors and SARIF count them). */
export interface Position {
  line: number;
  column: number;
}

/** What positions are computed from. */
export type Located = Pick<Article, 'text'> & { origin?: TextOrigin };

/** Positions in the file of offsets into one article's text. */
export class TextPositions {
  private readonly starts?: number[];
  /** Text offsets of the escapes, and the extra file characters of the escapes up to and including each. */
  private readonly escapeAt?: Int32Array;
  private readonly extraThrough?: Float64Array;
  private readonly length: number;
  private readonly origin?: TextOrigin;

  constructor(article: Located) {
    this.length = article.text.length;
    const origin = article.origin;
    if (!origin) {
      this.starts = lineStarts(article.text);
      return;
    }
    this.escapeAt = new Int32Array(origin.escapes.length);
    this.extraThrough = new Float64Array(origin.escapes.length);
    let extra = 0;
    origin.escapes.forEach(([at, fileLength], i) => {
      this.escapeAt![i] = at;
      extra += fileLength - 1;
      this.extraThrough![i] = extra;
    });
    this.origin = origin;
  }

  /** The position of `offset` (clamped to the text): where the character at `offset` starts in the file. */
  at(offset: number): Position {
    const o = Math.max(0, Math.min(this.length, offset));
    if (!this.origin) return lineAndColumn(this.starts!, o);
    return { line: this.origin.line, column: this.origin.column + o + this.extraBefore(o) };
  }

  /** Extra file characters of the escapes that start before text offset `o`. */
  private extraBefore(o: number): number {
    const before = countBelow(this.escapeAt!, o);
    return before === 0 ? 0 : this.extraThrough![before - 1];
  }
}

/** Positions of offsets into many articles, by article id; each article is indexed once, when first asked. */
export class PositionIndex {
  private readonly byId = new Map<string, TextPositions>();
  private readonly articles: ReadonlyMap<string, Located>;

  constructor(articles: ReadonlyMap<string, Located> | Iterable<Located & { id: string }>) {
    this.articles = articles instanceof Map ? articles : new Map([...(articles as Iterable<Located & { id: string }>)].map((a) => [a.id, a] as const));
  }

  /** Position of `offset` in the file of article `id` (line 1, column 1 when the id is unknown). */
  at(id: string, offset: number): Position {
    let positions = this.byId.get(id);
    if (!positions) this.byId.set(id, (positions = new TextPositions(this.articles.get(id) ?? { text: '' })));
    return positions.at(offset);
  }

  /** Start and end positions of a span. */
  span(id: string, span: { start: number; end: number }): { start: Position; end: Position } {
    return { start: this.at(id, span.start), end: this.at(id, span.end) };
  }
}

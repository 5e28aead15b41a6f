import { meetsQualification, type QualificationCheck } from '../domain/qualifications.js';

/**
 * @internal Whether a candidate's diplomas meet a vacancy's qualification, remembered per distinct
 * list of diplomas and per distinct qualification text (both interned; many candidates share a list,
 * most the empty one). The answer is a pure function of the two texts, so it is computed once and
 * kept for the matcher's life: correct under any order of evaluation (a candidate's vacancies or a
 * vacancy's candidates) and under incremental edits, with no stamp to renew.
 */
export class QualificationMemo {
  private readonly listIndex = new Map<string, number>();
  private readonly lists: (readonly string[])[] = [];
  /** Per list, per text: 0 not known yet, 1 met, 2 not met. */
  private readonly rows: Uint8Array[] = [];
  /** Per list, per text: the whole answer once asked for (see {@link QualificationMemo.check}). */
  private readonly checks: (QualificationCheck | undefined)[][] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The id of a candidate's list of diplomas (equal lists, equal ids). */
  list(held: readonly string[]): number {
    const key = held.join('\u0000');
    let id = this.listIndex.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.listIndex.set(key, id);
      this.lists.push([...held]);
      this.rows.push(new Uint8Array(0));
      this.checks.push([]);
    }
    return id;
  }

  /** The id of a qualification text a vacancy asks. */
  text(asked: string): number {
    let id = this.textIndex.get(asked);
    if (id === undefined) {
      id = this.texts.length;
      this.textIndex.set(asked, id);
      this.texts.push(asked);
    }
    return id;
  }

  /** True when list `list` meets text `text` (see `meetsQualification`). */
  met(list: number, text: number): boolean {
    let row = this.rows[list]!;
    // Stryker disable next-line ConditionalExpression: growing a row that is long enough copies it with the same answers
    if (text >= row.length) {
      // Stryker disable next-line MethodExpression,ArithmeticOperator: `text` is an id `text()` gave (below texts.length), so min/max and text ± 1 all give a row longer than `text`
      const grown = new Uint8Array(Math.max(this.texts.length, text + 1) + 8);
      grown.set(row);
      this.rows[list] = row = grown;
    }
    let v = row[text]!;
    // Stryker disable next-line ConditionalExpression: asking meetsQualification again gives the answer remembered (a pure function of the two texts)
    if (v === 0) {
      v = meetsQualification(this.texts[text]!, this.lists[list]!).met ? 1 : 2;
      row[text] = v;
    }
    return v === 1;
  }

  /**
   * `meetsQualification` of text `text` against list `list`, remembered (the explanation's reasons
   * read it once per pair that asks a diploma; the answers are shared, so read, never changed).
   */
  check(list: number, text: number): QualificationCheck {
    const row = this.checks[list]!;
    let answer = row[text];
    if (answer === undefined) {
      answer = meetsQualification(this.texts[text]!, this.lists[list]!);
      row[text] = answer;
    }
    return answer;
  }
}

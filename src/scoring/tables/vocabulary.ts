import { taskName } from '../../catalogue/task-kinds.js';
import { canonicalSkill, experienceKey, type SkillVocabulary, skillLabel } from '../skills.js';
import { intern } from '../store.js';

/**
 * @internal Task kinds and canonical skills interned for the matcher's tables (ids only matter
 * inside; results never depend on them), shared by the candidate and the vacancy table.
 */
export class Vocabulary {
  readonly kindIndex = new Map<string, number>();
  readonly skillIndex = new Map<string, number>();
  readonly skillNames: string[] = [];
  /** How each skill is shown in reasons (the catalogue's spelling, with its diacritics). */
  readonly skillLabels: string[] = [];
  /** Skill id of each text seen (the mapping onto the vocabulary is a pure function of the text). */
  private readonly skillOfText = new Map<string, number>();
  /** The experience skill id of each task kind met (see `experienceOf`): no key built a task. */
  private readonly experienceOfKind = new Map<string, number>();

  constructor(private readonly vocab: SkillVocabulary) {}

  /** The id of task kind `k`. */
  kindOf(k: string): number {
    return intern(this.kindIndex, k);
  }

  /** The id of the canonical skill of `text`, or −1 when it maps onto none. */
  skillOf(text: string): number {
    const known = this.skillOfText.get(text);
    // Stryker disable next-line ConditionalExpression: the memo is a shortcut: without it the text maps to the same key, `intern` gives its id and nothing is pushed twice (`true` is killed)
    if (known !== undefined) return known;
    const key = canonicalSkill(this.vocab, text);
    let i = -1;
    if (key !== '') {
      i = intern(this.skillIndex, key);
      if (i === this.skillNames.length) {
        this.skillNames.push(key);
        this.skillLabels.push(skillLabel(this.vocab, key));
      }
    }
    this.skillOfText.set(text, i);
    return i;
  }

  /**
   * The skill id that stands for experience in task kind `kind` (the candidate's `taskPerformance`):
   * one more skill of every task of that kind. The key holds a colon, which no canonical skill text has.
   */
  experienceOf(kind: string): number {
    const known = this.experienceOfKind.get(kind);
    // Stryker disable next-line ConditionalExpression: the memo is a shortcut: without it the kind gives the same key, `intern` its id and nothing is pushed twice (`true` is killed)
    if (known !== undefined) return known;
    const key = experienceKey(kind);
    const i = intern(this.skillIndex, key);
    // Stryker disable next-line ConditionalExpression: past the memo only a kind not met before comes, and its key (with a colon) is interned by nothing else, so `true` is the same
    if (i === this.skillNames.length) {
      this.skillNames.push(key);
      this.skillLabels.push(`ervaring met ${taskName({ kind })}`);
    }
    this.experienceOfKind.set(kind, i);
    return i;
  }
}

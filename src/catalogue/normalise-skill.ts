/**
 * Lower case, accents removed, punctuation to spaces, single spaces.
 *
 * @example
 * normaliseSkill('  Sanitair-Reinigen ') // 'sanitair reinigen'
 */
export function normaliseSkill(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

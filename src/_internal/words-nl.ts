/**
 * Numbers in the Dutch a job coach reads: decimal comma, thousands dot, whole euros.
 *
 * @example
 * hoursText(12.5); // '12,5'
 * euroText(1234.4); // '€ 1.234'
 */
export function hoursText(h: number): string {
  const r = Math.round(h * 100) / 100;
  return Number.isInteger(r) ? String(r) : String(r).replace('.', ',');
}

/**
 * A fraction as a whole percentage.
 *
 * @example
 * pct(0.666); // '67%'
 */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * Whole euros with a thousands dot.
 *
 * @example
 * euroText(2000); // '€ 2.000'
 */
export function euroText(x: number): string {
  const whole = Math.round(x);
  // Below 10²¹ a whole number prints as its digits: the dots by hand (a regular expression a call cost
  // a ranking's explanations more than the rest of the economics' reason); ∞ and NaN as written.
  if (!(Math.abs(whole) < 1e21)) return `€ ${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  const digits = Math.abs(whole).toString();
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return `€ ${whole < 0 ? '-' : ''}${out}`;
}

const TARGET_GROUPS: Readonly<Record<string, string>> = {
  wajong: 'Wajong',
  wsw: 'Wsw',
  participatiewet: 'Participatiewet',
  praktijkroute: 'praktijkroute',
  'vso-pro': 'vso/pro',
  beschut: 'beschut werk',
  other: 'overig',
};

/** @internal The Dutch name of a target group (`vso-pro` → `vso/pro`); an unknown one as given. */
export function targetGroupText(group: string): string {
  return TARGET_GROUPS[group] ?? group;
}

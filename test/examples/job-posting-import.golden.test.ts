import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/job-posting-import.js';

describe('JobPosting import example', () => {
  it('prints the stored text', () => {
    const expected = readFileSync(new URL('./__golden__/job-posting-import.txt', import.meta.url), 'utf8');
    expect(`${main()}\n`).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a vow, a pledge, a promise or a threat to do something is reported speech', () => {
  const intro = 'Ferry Minister Oda Pellin spoke at the Tallow quay on Monday.';
  it('reads what a person or a body commits to, a time perhaps before "to"', () => {
    const text = article(
      intro,
      'Pellin vowed on Tuesday to halve the ferry fares before the winter timetable.',
      'The Tallow Harbour Board promised to keep the night crossing open through the storms.',
      'The dockers’ union threatened not to load the ferries until the pay talks resume.',
    );
    expect(speakerIn(text, 'to halve the ferry fares')).toBe('Oda Pellin');
    expect(speakerIn(text, 'to keep the night crossing open')).toBe(
      'organisation: Tallow Harbour Board',
    );
    expect(speakerIn(text, 'not to load the ferries')).not.toBe('missing');
  });
  it('reads nothing when a thing threatens, a passive promises, or "to" opens a noun phrase', () => {
    const text = article(
      intro,
      'The swollen river threatened to flood the lower quays by the evening tide.',
      'Pellin was promised to the party as its next leader by the old guard.',
      'Pellin pledged to the harbour fund a share of the ferry profits this year.',
    );
    expect(speakerIn(text, 'to flood the lower quays')).toBe('missing');
    expect(speakerIn(text, 'to the party as its next leader')).toBe('missing');
    expect(speakerIn(text, 'to the harbour fund a share')).toBe('missing');
  });
  it('reads nothing from a teaser line with no full stop', () => {
    const text = article(
      intro,
      'VIDEO: Pellin promises to cut the winter ferry fares by half',
      'Pellin spoke for an hour.',
    );
    expect(speakerIn(text, 'to cut the winter ferry fares')).toBe('missing');
  });
});

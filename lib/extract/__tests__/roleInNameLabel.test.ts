import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('“Name, role, Team: …” labels: a role in lower case between the name and the team', () => {
  const text = article(
    'Coaches and players told a magazine how they keep their passers upright; here is some of it.',
    'Ada Quill, offensive coordinator, Tarrow Mariners: Throw it away early. Nobody ever won a game by holding on to the ball.',
    'Ben Holt, quarterback, Harbour Pilots: I learned to slide the hard way, after two bad hits in one season.',
    'Zorvan Pell, head coach, Kestrel Wharf: We tell our passers the same thing every week: live to play the next down.',
  );

  it('labels each paragraph as its named person’s turn, even a given name no list knows', () => {
    expect(speakerIn(text, 'Throw it away early')).toBe('Ada Quill');
    expect(speakerIn(text, 'learned to slide the hard way')).toBe('Ben Holt');
    expect(speakerIn(text, 'live to play the next down')).toBe('Zorvan Pell');
  });

  it('one such line is no transcript', () => {
    const one = article(
      'Ada Quill, offensive coordinator, Tarrow Mariners: the coach who rebuilt a team in one winter.',
      'The team lost only twice all season.',
    );
    expect(speakerIn(one, 'rebuilt a team')).toBe('missing');
  });
});

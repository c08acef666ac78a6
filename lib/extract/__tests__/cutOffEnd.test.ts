import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a page cut off inside its last quotation', () => {
  it('leaves the unfinished words open, not the last speaker’s or the only one’s', () => {
    const cut = article(
      'Tarrow Rovers beat Harbour Town 3-1 on Saturday.',
      '“We kept our shape and took our chances,” Rovers coach Ada Quill said.',
      '“The second goal changed the game for us, and after that we were always',
    );
    expect(speakerIn(cut, 'The second goal changed the game')).toBe('unattributed');
  });

  it('still gives a finished paragraph that runs on, or a cut one its own sentence names', () => {
    const finished = article(
      'Tarrow Rovers beat Harbour Town 3-1 on Saturday.',
      '“We kept our shape and took our chances,” Rovers coach Ada Quill said.',
      '“The second goal changed the game for us.',
    );
    expect(speakerIn(finished, 'The second goal changed the game')).toBe('Ada Quill');
    const named = article(
      'Tarrow Rovers beat Harbour Town 3-1 on Saturday.',
      'Rovers coach Ada Quill said: “The second goal changed the game for us, and after that we were always',
    );
    expect(speakerIn(named, 'The second goal changed the game')).toBe('Ada Quill');
  });
});

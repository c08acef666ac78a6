import { describe, expect, it } from 'vitest';
import { transcriptTitleName } from '../transcriptTitleName.ts';
import { who } from './inventedArticle.ts';

const page = (title: string, ...paragraphs: string[]) =>
  [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const ANSWERS = [
  'On the injuries from the game: "Our left tackle has a sprained ankle, and he will have a scan in the morning."',
  'On the result: "Credit to the Gulls. They played a clean game and we were second to every loose ball."',
];

describe('a press conference printed as topic-labelled answers under a title naming who answers', () => {
  it('“Game Vs. Gulls: Head Coach Ada Quill” over “On …: "…"” answers: the answers are hers', () => {
    const found = who(page('Game Vs. Gulls: Head Coach Ada Quill', ...ANSWERS));
    expect(found.map(([w]) => w)).toEqual(['Ada Quill', 'Ada Quill']);
  });

  it('“Post Game Quotes, Ada Quill” over bracketed topics “(On …)- "…"”', () => {
    const found = who(
      page(
        'Post Game Quotes, Ada Quill',
        '(Opening statement)- "Let me start with the injuries. Our left tackle has a sprained ankle and will be looked at tomorrow."',
        '(On if the tackle hurt his head)- "I do not know the final word on that, but he was done for the night when he left."',
      ),
    );
    expect(found.map(([w]) => w)).toEqual(['Ada Quill', 'Ada Quill']);
  });

  it('not when the title names nobody as answering, nor under a paragraph of narration', () => {
    expect(who(page('Gulls hold on in the rain at Tarrow Park', ...ANSWERS))).toEqual([]);
    const narrated = who(
      page(
        'Game Vs. Gulls: Head Coach Ada Quill',
        'The Gulls won for the third week running, and the home side lost two starters.',
        ...ANSWERS,
      ),
    );
    expect(narrated.some(([w]) => w === 'Ada Quill')).toBe(false);
  });

  it('reads such titles, and no sentence, pair or bare name without a transcript word', () => {
    expect(transcriptTitleName('Game Vs. Gulls: Head Coach Ada Quill')).toBe('Ada Quill');
    expect(transcriptTitleName('Head coach Ada Quill')).toBe('Ada Quill');
    expect(transcriptTitleName('Post Game Quotes, Ada Quill')).toBe('Ada Quill');
    expect(transcriptTitleName('Harbour budget: Ada Quill')).toBeNull();
    expect(transcriptTitleName('Post Game Quotes, Ada Quill and Ben Holt')).toBeNull();
    expect(transcriptTitleName('Staff reporter Ada Quill')).toBeNull();
    expect(transcriptTitleName('The coach spoke to Ada Quill.')).toBeNull();
  });
});

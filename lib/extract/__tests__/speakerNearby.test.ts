import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('a quotation whose speaker the paragraph next to it names', () => {
  it('a quoted paragraph after a paragraph of someone’s reported speech', () => {
    expect(
      who(
        article(
          'Transport Minister Ines Varga spoke in the assembly on Tuesday.',
          'The ferry board will meet the unions this Friday, she added.',
          '“We have not set any date for the new routes. There has been only one statement so far.”',
        ),
      ),
    ).toEqual([
      ['Ines Varga', 'The ferry board will meet the unions this Friday'],
      [
        'Ines Varga',
        'We have not set any date for the new routes. There has been only one statement so far.',
      ],
    ]);
  });

  it('not after a paragraph whose reported speech is not its last sentence', () => {
    expect(
      who(
        article(
          'Transport Minister Ines Varga spoke in the assembly on Tuesday.',
          'The ferry board will meet the unions this Friday, she added. The unions want a new deal.',
          '“We have not set any date for the new routes. There has been only one statement so far.”',
        ),
      ).map(([speaker]) => speaker),
    ).toEqual(['Ines Varga']);
  });
});

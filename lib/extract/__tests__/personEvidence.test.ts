import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('what says a name is a person’s, not an organisation’s', () => {
  it('a surname that speaks a direct quotation is a person in reported speech too', () => {
    expect(
      who(
        article(
          'Vantreight said the discovery shows how much is still buried in the valley.',
          '“We have barely started digging,” Vantreight said.',
          'More finds are expected this summer, said Oduya. “The ridge is full of bone,” said Oduya.',
        ),
      ),
    ).toEqual([
      ['Vantreight', 'the discovery shows how much is still buried in the valley'],
      ['Vantreight', 'We have barely started digging,'],
      ['Oduya', 'More finds are expected this summer'],
      ['Oduya', 'The ridge is full of bone,'],
    ]);
  });

  it('but a word the article uses as a company’s stays an organisation', () => {
    expect(
      who(
        article(
          'Harrowgate said its profits fell by a third in the spring quarter.',
          '“We expect a better autumn,” Harrowgate said in a statement.',
        ),
      ),
    ).toEqual([
      ['organisation: Harrowgate', 'its profits fell by a third in the spring quarter'],
      ['organisation: Harrowgate', 'We expect a better autumn,'],
    ]);
  });
});

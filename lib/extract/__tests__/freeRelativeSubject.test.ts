import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a heading word before "of what X said:"', () => {
  it('gives the lines below to X, never to the heading word', () => {
    const text = article(
      'The ferry service will run through the winter, Harbour Governor Ilse Marrowby said on Friday after meeting the pilots.',
      'Highlights of what the harbour governor said:',
      '— Two extra crossings will be added on Sundays from March.',
    );
    expect(speakerIn(text, 'Two extra crossings will be added')).toBe('Ilse Marrowby');
  });

  it('reads a name after "from what" as the speaker too', () => {
    const text = article(
      'The quay will close for repairs in May.',
      'Excerpts from what Tomas Vellard told the harbour board:',
      '“We cannot keep patching a wall that the sea takes back every spring.”',
    );
    expect(speakerIn(text, 'We cannot keep patching a wall')).toBe('Tomas Vellard');
  });
});

import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a surname alone linked to the one full name the article prints', () => {
  it('a first paragraph printed twice in a row (read as a caption) still gives “Vellacott” its full name', () => {
    const lede =
      'Harbour Rovers captain Osric Vellacott on Sunday blamed a slow start after his side lost the final by four goals.';
    const text = article(
      lede,
      lede,
      '“We gave them far too much room early on and paid for it,” Vellacott said after the match.',
    );
    expect(speakerIn(text, 'far too much room')).toBe('Osric Vellacott');
  });

  it('“said the weary Vellacott”: the one person named in full by that surname', () => {
    const text = article(
      'Harbour Rovers captain Osric Vellacott spoke after the final in Port Arden on Sunday.',
      '“Nobody here expected a defeat like that one,” said the weary Vellacott.',
    );
    expect(speakerIn(text, 'Nobody here expected')).toBe('Osric Vellacott');
  });

  it('“said the weary Vellacott” with no full name for it: no named person', () => {
    const text = article(
      'Harbour Rovers lost the final in Port Arden on Sunday by four goals.',
      '“Nobody here expected a defeat like that one,” said the weary Vellacott.',
    );
    expect(speakerIn(text, 'Nobody here expected')).not.toBe('Vellacott');
  });
});

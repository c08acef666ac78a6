import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
/** The speaker (or unnamed source) given to the quotation holding `words`, if any. */
const speakerOf = (found: [string, string][], words: string) =>
  found.find(([, text]) => text.includes(words))?.[0];

describe('a role word before a full name is the title, never part of the name', () => {
  it('“Council Member”, “Board Member”, “Assembly Member” before a name', () => {
    const found = quotes(
      '“The ferry timetable needs a second look,” said Council Member Orla Penhale.',
      'Board Member Tobias Wrenfield said the harbour fund “is nearly empty.”',
      '“We were told nothing until Friday,” Assembly Member Dana Kestrel said.',
    );
    expect(speakerOf(found, 'ferry timetable')).toBe('Orla Penhale');
    expect(speakerOf(found, 'nearly empty')).toBe('Tobias Wrenfield');
    expect(speakerOf(found, 'told nothing')).toBe('Dana Kestrel');
  });

  it('a sentence opening “Incumbent Ada Quill, …” or “Incumbent councillor …”', () => {
    const found = quotes(
      'Incumbent Helen Velloway, a cautious moderate, was expected to keep the seat.',
      'Velloway said she was confident her lead would hold.',
      '“The count is not over,” said Incumbent Tomas Tressel.',
    );
    expect(speakerOf(found, 'lead would hold')).toBe('Helen Velloway');
    expect(speakerOf(found, 'count is not over')).toBe('Tomas Tressel');
  });
});

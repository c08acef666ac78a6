import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));

describe('a thing named after a person (“the Ada Quill Show”) is no second person of that name', () => {
  it('the host’s surname label after “It’s the Ada Quill Show”: the host', () => {
    const found = quotes(
      'Transcript: Mayor Tomas Vell Appears Live on the Ada Quill Show',
      'Ada Quill: It’s the Ada Quill Show on Harbour Radio. Good morning, everyone, and welcome back, Mr. Mayor.',
      'Mayor Tomas Vell: Good morning, Ada. I have good news about the ferries this week, and I want to start there.',
      'Quill: Now, twelve crossings a day sounds good. Is that enough for the islands in winter?',
      'Mayor Vell: It is a start, and we will add more when the new boat arrives in March.',
    );
    expect(found).toContainEqual(['Ada Quill', expect.stringContaining('twelve crossings a day')]);
  });

  it('“Quill said” after a story about her podcast and her show: the person', () => {
    for (const thing of ['The Ada Quill Show', 'The Ada Quill Podcast']) {
      const found = quotes(
        `Broadcaster Ada Quill will end ${thing} after twelve years on the air, she announced on Monday.`,
        '"It was time to hand the microphone to someone younger," Quill said.',
      );
      expect(found).toContainEqual(['Ada Quill', expect.stringContaining('hand the microphone')]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('“lamented that”, “charged that”, “informed X that”: verbs of the one list that report a clause', () => {
  it('reads the clause after each as the subject’s reported words', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell lamented that the ferry timetable had been cut without warning.',
        'Vell charged that the harbour board was hiding the true cost of the repairs.',
        'Quell informed the dock workers that their contracts would be renewed in spring.',
      ),
    ).toEqual([
      ['Mira Quell', 'the ferry timetable had been cut without warning'],
      ['Tomas Vell', 'the harbour board was hiding the true cost of the repairs'],
      ['Mira Quell', 'their contracts would be renewed in spring'],
    ]);
  });

  it('reads no clause when the verb takes an object or a charge in court', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell lamented the loss of the old ferry to the mainland.',
        'Vell was charged with theft of harbour funds last spring.',
        'Quell informed the police about the missing nets on the quay.',
      ),
    ).toEqual([]);
  });

  it('reads “lamented” before a clause that shows its verb, without “that”', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell lamented Tarrow had waited decades too long for a harbour wall.',
        'Vell complained of pain in his back after the long meeting.',
      ),
    ).toEqual([['Mira Quell', 'Tarrow had waited decades too long for a harbour wall']]);
  });
});

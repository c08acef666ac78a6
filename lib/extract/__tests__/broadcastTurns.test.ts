import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** A made-up broadcast transcript page: a headline, then paragraphs; every sentence is ours. */
const page = (...lines: string[]) =>
  ['Ferry strike enters its second week', '', ...lines.flatMap((l) => [l, ''])].join('\n');

const who = (text: string) => {
  const parsed = parseArticle('t.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('broadcast transcripts: a turn runs to the next label, narration included', () => {
  it('a host’s lead-in that reports speech stays the host’s turn', () => {
    expect(
      who(
        page(
          'NORA VANTHOLT: Good evening. The ferry strike on the north coast is in its second week.',
          'The union says its members will stay out until the board meets them.',
          'Our reporter Teodor Amsel is at the harbour.',
          'TEODOR AMSEL: Nora, the quay was empty this morning.',
          'The board told us in a statement that talks could resume on Friday.',
          'NORA VANTHOLT: Thank you, Teodor.',
        ),
      ),
    ).toEqual([
      ['Nora Vantholt', 'Good evening. The ferry strike on the north coast is in its second week.'],
      ['Nora Vantholt', 'The union says its members will stay out until the board meets them.'],
      ['Nora Vantholt', 'Our reporter Teodor Amsel is at the harbour.'],
      ['Teodor Amsel', 'Nora, the quay was empty this morning.'],
      ['Teodor Amsel', 'The board told us in a statement that talks could resume on Friday.'],
      ['Nora Vantholt', 'Thank you, Teodor.'],
    ]);
  });

  it('a presenter whose given name is not a common one counts when the prose names them', () => {
    expect(
      who(
        page(
          'Zorbel Kannt presented this report on Tuesday, May 6, 2025.',
          'ZORBEL KANNT: Talks resumed today. Ilse Marrow reports from the port.',
          'ILSE MARROW: The pickets were gone by noon.',
          'Harbour staff said they expected the first sailing tomorrow.',
          'ZORBEL KANNT: Ilse Marrow there.',
        ),
      ),
    ).toEqual([
      ['Zorbel Kannt', 'Talks resumed today. Ilse Marrow reports from the port.'],
      ['Ilse Marrow', 'The pickets were gone by noon.'],
      ['Ilse Marrow', 'Harbour staff said they expected the first sailing tomorrow.'],
      ['Zorbel Kannt', 'Ilse Marrow there.'],
    ]);
  });

  it('a script’s label on a line of its own, name then title, labels the lines below; a cue ends the turn', () => {
    const text = [
      'Ferry strike enters its second week',
      '{Anchor}',
      'The ferry strike on the north coast has reached its second week.',
      '{Soundbite}',
      'ORLA PENDEVIN, Harbour Minister, Port Vell Council:',
      'The board has offered the crews a new contract for the winter season.',
      'It is a fair offer and the board will not improve it.',
      '{VO}',
      'The crews voted against the offer on Monday, their union says.',
      '{Soundbite}',
      'KASPAR DUWE, CREW REPRESENTATIVE:',
      'Nobody on the boats can live on the wages that contract pays.',
    ].join('\n');
    expect(who(text)).toEqual([
      ['Orla Pendevin', 'The board has offered the crews a new contract for the winter season.'],
      ['Orla Pendevin', 'It is a fair offer and the board will not improve it.'],
      ['organisation: their union', 'The crews voted against the offer on Monday'],
      ['Kaspar Duwe', 'Nobody on the boats can live on the wages that contract pays.'],
    ]);
  });

  it('a host’s label line between two labelled turns starts the host’s turn', () => {
    const text = [
      'Ferry strike enters its second week',
      'Transcript',
      'MIRA SOLVIK, HOST:',
      'The ferry crews on the north coast have been on strike for eight days.',
      'PETRA HOLM: We stopped the boats because the pay has not risen in six years.',
      'JONAS ABERLE, HOST:',
      'Holm and her crew want the board to meet them before the weekend.',
      'HOLM: (Laughter) We will see whether they come.',
    ].join('\n');
    expect(who(text)).toEqual([
      ['Mira Solvik', 'The ferry crews on the north coast have been on strike for eight days.'],
      ['Petra Holm', 'We stopped the boats because the pay has not risen in six years.'],
      ['Jonas Aberle', 'Holm and her crew want the board to meet them before the weekend.'],
      ['Petra Holm', '(Laughter) We will see whether they come.'],
    ]);
  });
});

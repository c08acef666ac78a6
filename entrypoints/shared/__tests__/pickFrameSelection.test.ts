import { describe, expect, it } from 'vitest';
import { ok } from '../../../lib/result';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { pickFrameSelection } from '../pickFrameSelection';

const t = translateFromMessages(en);
const TOP = 'http://127.0.0.1:8000/page.html';
const EMBED = 'http://127.0.0.1:9000/embed.html';

const frame = (frameId: number, url: string, text = '', focusedFrameUrl: string | null = null) => ({
  frameId,
  result: { text, context: text ? `“${text},” Lee said.` : '', url, focusedFrameUrl },
});

describe('pickFrameSelection', () => {
  it('takes the frame that holds selected text, wherever it is', () => {
    expect(
      pickFrameSelection([frame(0, TOP, '', EMBED), frame(7, EMBED, 'We will meet')], t),
    ).toEqual(
      ok({
        text: 'We will meet',
        context: '“We will meet,” Lee said.',
        frameId: 7,
        page: { url: EMBED, title: '' },
      }),
    );
  });

  it('passes the offsets and the page on, and drops offsets that do not fit the context', () => {
    const answer = (at: unknown) => [
      {
        frameId: 0,
        result: {
          text: 'We will meet',
          context: '“We will meet,” Lee said.',
          at,
          url: TOP,
          title: 'T',
        },
      },
    ];
    expect(pickFrameSelection(answer({ start: 1, end: 13 }), t)).toEqual(
      ok({
        text: 'We will meet',
        context: '“We will meet,” Lee said.',
        at: { start: 1, end: 13 },
        frameId: 0,
        page: { url: TOP, title: 'T' },
      }),
    );
    for (const bad of [
      { start: 1, end: 99 },
      { start: 5, end: 1 },
      { start: '1', end: 3 },
      null,
      7,
    ]) {
      expect(pickFrameSelection(answer(bad), t)).not.toMatchObject(ok({ at: expect.anything() }));
    }
  });

  it('prefers the frame the menu names, then the top frame', () => {
    const answers = [frame(7, EMBED, 'In the frame'), frame(0, TOP, 'In the page')];
    expect(pickFrameSelection(answers, t, 7)).toMatchObject(ok({ frameId: 7 }));
    expect(pickFrameSelection(answers, t)).toMatchObject(ok({ frameId: 0 }));
  });

  it('nothing selected, focus in a frame we read: nothing selected (the top frame)', () => {
    expect(pickFrameSelection([frame(0, TOP, '', EMBED), frame(7, EMBED)], t)).toEqual(
      ok({ text: '', context: '', frameId: 0 }),
    );
  });

  it('nothing selected, focus in a frame no answer came from: unreadable-frame', () => {
    expect(pickFrameSelection([frame(0, TOP, '', 'http://localhost:9000/x.html')], t)).toEqual({
      ok: false,
      error: { code: 'unreadable-frame', message: t('errorUnreadableFrame') },
    });
  });

  it('no frame answered (or only nonsense): unreadable-page', () => {
    for (const answers of [[], [{ frameId: 0, result: undefined }], [{ frameId: 0, result: 4 }]]) {
      expect(pickFrameSelection(answers, t)).toMatchObject({
        ok: false,
        error: { code: 'unreadable-page' },
      });
    }
  });
});

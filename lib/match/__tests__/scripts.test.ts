import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { loadMatcher } from '../loadMatcher';

/** A corpus in scripts without spaces (Chinese, Japanese) and with them (Korean). */
const corpus: Corpus = {
  schemaVersion: 1,
  speakers: [{ id: 'a', name: 'Speaker A', aliases: [], description: '' }],
  articles: [
    {
      id: 'x',
      title: 'X',
      outlet: null,
      url: null,
      published: null,
      dateSource: null,
      byline: null,
    },
  ],
  quotes: [
    {
      id: 'x#1',
      text: '统一是我们的最终目标和责任，我们不会追求单方面的统一。',
      speakerId: 'a',
      articleId: 'x',
      kind: 'direct',
      context: '',
    },
    {
      id: 'x#2',
      text: '私たちはいつでも北朝鮮との対話の準備ができています。',
      speakerId: 'a',
      articleId: 'x',
      kind: 'direct',
      context: '',
    },
    {
      id: 'x#3',
      text: '통일은 우리의 궁극적 목표이자 헌법에 명시된 책임입니다.',
      speakerId: 'a',
      articleId: 'x',
      kind: 'direct',
      context: '',
    },
  ],
  narration: [],
};

const loaded = loadMatcher(corpus);
if (!loaded.ok) throw new Error(loaded.error.message);
const { verify } = loaded.value;

describe('scripts without spaces and other scripts', () => {
  it('finds a Chinese excerpt verbatim and a changed character as a change', async () => {
    expect(await verify({ text: '我们的最终目标和责任' })).toMatchObject({
      verdict: 'verbatim',
      best: { quoteId: 'x#1' },
    });
    const r = await verify({ text: '我们会追求单方面的统一' });
    expect(r.best?.quoteId).toBe('x#1');
    expect(['altered', 'close']).toContain(r.verdict);
    expect(r.best?.changes.map((c) => c.from)).toContain('不');
  });

  it('finds a Japanese excerpt', async () => {
    expect(await verify({ text: '北朝鮮との対話の準備' })).toMatchObject({
      verdict: 'verbatim',
      best: { quoteId: 'x#2' },
    });
  });

  it('finds a Korean excerpt and reads a full-width or decomposed form as the same', async () => {
    expect(await verify({ text: '우리의 궁극적 목표이자 헌법에' })).toMatchObject({
      verdict: 'verbatim',
      best: { quoteId: 'x#3' },
    });
    expect((await verify({ text: '우리의 궁극적 목표이자 헌법에'.normalize('NFD') })).verdict).toBe(
      'verbatim',
    );
  });
});

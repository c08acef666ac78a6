/**
 * The corpus of one reviewed article, as "Save to my corpus" stores it: the quotations
 * the reader kept, each with the speaker they chose or typed (a name no one in the article
 * carries is a person of its own), the page's narration, and the article's facts. Every
 * field is checked; a problem is one error a person can act on, and nothing is saved.
 *
 * What the reader types is text: a name with markup in it is kept as the string it is,
 * and every view renders text, never HTML. Only an http(s) address is kept as the URL.
 */
import { describeSpeaker } from '../corpus/describeSpeaker';
import { parseCorpus } from '../corpus/parseCorpus';
import type { Corpus, Quote, Speaker } from '../corpus/schema';
import { slugify } from '../corpus/slugify';
import { isIsoDate } from '../extract/isIsoDate';
import { httpUrl } from '../httpUrl';
import { IMPORT_CONFIG } from '../import/importConfig';
import { err, type QcError, type Result } from '../result';
import type { ArticleDraft } from './ArticleDraft';
import { READER_CONFIG } from './readerConfig';

export interface SaveAs {
  /** The article's id in the reader's corpus (unique). */
  articleId: string;
  /** YYYY-MM-DD of the save. */
  addedAt: string;
}

const invalid = (code: string, message: string) => err<QcError>({ code, message });

/** Runs of spaces (and line breaks) as one space, ends trimmed. */
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

export function corpusFromDraft(draft: ArticleDraft, as: SaveAs): Result<Corpus, QcError> {
  const title = tidy(draft.title);
  const outlet = tidy(draft.outlet);
  const published = draft.published.trim();
  const url = draft.url.trim();
  if (title === '') return invalid('draft-title', 'Give the article a headline.');
  if (title.length > READER_CONFIG.maxFieldChars || outlet.length > READER_CONFIG.maxFieldChars)
    return invalid(
      'draft-too-long',
      `A headline or outlet is at most ${READER_CONFIG.maxFieldChars} characters.`,
    );
  if (published !== '' && !isIsoDate(published))
    return invalid('draft-date', `The date “${published}” is not a calendar date (YYYY-MM-DD).`);
  if (url !== '' && httpUrl(url) === null)
    return invalid(
      'draft-url',
      'The address must be a web page address (one that starts with http or https).',
    );
  const kept = draft.quotes.filter((q) => q.keep);
  if (kept.length === 0)
    return invalid('draft-empty', 'Keep at least one quotation to save the article.');

  const speakers = new Map<string, Speaker>();
  const idOf = new Map<string, string>();
  const personOf = new Map(draft.people.map((p) => [tidy(p.name), p]));
  const quotes: Quote[] = [];
  for (const q of kept) {
    const name = tidy(q.speaker);
    if (name.length > IMPORT_CONFIG.maxSpeakerChars)
      return invalid(
        'draft-speaker',
        `A speaker's name is at most ${IMPORT_CONFIG.maxSpeakerChars} characters.`,
      );
    let speakerId: string | null = null;
    if (name !== '') {
      speakerId = idOf.get(name) ?? null;
      if (speakerId === null) {
        // One id per name; two names with one slug ("Lee Ann" and "Lee-Ann") stay two people.
        const base = slugify(name) || 'speaker';
        speakerId = base;
        for (let n = 2; [...speakers.keys()].includes(speakerId); n++) speakerId = `${base}-${n}`;
        idOf.set(name, speakerId);
        const person = personOf.get(name);
        speakers.set(speakerId, {
          id: speakerId,
          name,
          aliases: person?.aliases ?? [],
          description: describeSpeaker([
            { text: person?.description ?? '', published: published || null },
          ]),
        });
      }
    }
    const unnamed = speakerId === null && q.source !== null && q.sourceKind !== null;
    quotes.push({
      id: `${as.articleId}#${quotes.length + 1}`,
      text: q.text,
      speakerId,
      ...(unnamed ? { source: q.source!, sourceKind: q.sourceKind! } : {}),
      articleId: as.articleId,
      kind: q.kind,
      context: q.context,
    });
  }
  const pageDate = published !== '' && published === draft.pagePublished;
  const corpus: Corpus = {
    schemaVersion: 1,
    speakers: [...speakers.values()],
    articles: [
      {
        id: as.articleId,
        title,
        outlet: outlet || null,
        url: url === '' ? null : httpUrl(url),
        published: published || null,
        // A date the reader typed is theirs, as a curator's is.
        dateSource: published === '' ? null : pageDate ? 'article' : 'curator',
        byline: draft.byline,
        addedAt: as.addedAt,
      },
    ],
    quotes,
    narration: draft.narration.map((text, i) => ({
      id: `${as.articleId}~${i + 1}`,
      articleId: as.articleId,
      text,
    })),
  };
  // The same checks as any corpus file.
  return parseCorpus(corpus);
}

/**
 * Articles and speakers as a segment stores them: one small JSON array each, decoded
 * only when a result needs that article or speaker. Optional fields come last and are
 * left out when absent.
 */
import type { Article, Speaker } from '../corpus/schema';

export const articleRecord = (a: Article): string =>
  JSON.stringify([
    a.id,
    a.title,
    a.outlet,
    a.url,
    a.published,
    a.dateSource,
    a.byline,
    ...(a.addedAt !== undefined ? [a.addedAt] : []),
  ]);

export const speakerRecord = (s: Speaker): string =>
  JSON.stringify([
    s.id,
    s.name,
    s.aliases,
    s.description,
    ...(s.qids !== undefined ? [s.qids] : []),
  ]);

type ArticleTuple = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  Article['dateSource'],
  string | null,
  string?,
];

export function parseArticleRecord(text: string): Article {
  const r = JSON.parse(text) as ArticleTuple;
  return {
    id: r[0],
    title: r[1],
    outlet: r[2],
    url: r[3],
    published: r[4],
    dateSource: r[5],
    byline: r[6],
    ...(r[7] !== undefined ? { addedAt: r[7] } : {}),
  };
}

export function parseSpeakerRecord(text: string): Speaker {
  const r = JSON.parse(text) as [string, string, string[], string, string[]?];
  return {
    id: r[0],
    name: r[1],
    aliases: r[2],
    description: r[3],
    ...(r[4] !== undefined ? { qids: r[4] } : {}),
  };
}

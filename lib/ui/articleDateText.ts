/**
 * The date line of an article as the card shows it: the date, marked when a curator or an
 * imported collection (not the article) supplied it, or "Date not stated in the article".
 * Never a guessed date.
 */
import type { ArticleRef } from '../match/types';
import { formatDate } from './formatDate';
import type { Translate } from './translate';

export function articleDateText(
  article: Pick<ArticleRef, 'published' | 'dateSource'>,
  t: Translate,
  locale: string,
): string {
  const date = article.published ? formatDate(article.published, locale) : null;
  if (!date) return t('dateNotStated');
  if (article.dateSource === 'curator') return t('dateByCurator', [date]);
  if (article.dateSource === 'collection') return t('dateFromCollection', [date]);
  return date;
}

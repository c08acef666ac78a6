/**
 * The date line of an article as the card shows it: the date, marked when a curator (not
 * the article) supplied it, or "Date not stated in the article". Never a guessed date.
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
  return article.dateSource === 'curator' ? t('dateByCurator', [date]) : date;
}

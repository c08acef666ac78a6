import { httpUrl } from '../lib/httpUrl';
import type { ArticleRef } from '../lib/match/types';
import { articleDateText } from '../lib/ui/articleDateText';
import { formatDate } from '../lib/ui/formatDate';
import type { Translate } from '../lib/ui/translate';
import { SectionLabel } from './SectionLabel';

export interface ArticleSourceProps {
  article: ArticleRef;
  t: Translate;
  locale: string;
}

/**
 * The article a quote comes from: headline (a link when the URL is known and http(s)),
 * outlet, date; for an article of the reader's own corpus, when they added it.
 */
export function ArticleSource({ article, t, locale }: ArticleSourceProps) {
  const url = httpUrl(article.url);
  const added = article.addedAt ? (formatDate(article.addedAt, locale) ?? article.addedAt) : null;
  return (
    <div class="qc-source">
      <SectionLabel>{t('sourceLabel')}</SectionLabel>
      <p class="qc-headline">
        {url ? (
          <a data-testid="article-link" href={url} target="_blank" rel="noopener noreferrer">
            {article.title}
            <span class="qc-visually-hidden"> {t('openInNewTab')}</span>
          </a>
        ) : (
          <span data-testid="article-link">{article.title}</span>
        )}
      </p>
      <p class="qc-meta">
        <span data-testid="outlet">{article.outlet ?? t('outletNotStated')}</span>
        <span class="qc-meta-sep" aria-hidden="true">
          {' · '}
        </span>
        <span data-testid="date">{articleDateText(article, t, locale)}</span>
      </p>
      {added && (
        <p class="qc-meta qc-added" data-testid="added-by-you">
          {t('sourceAddedByYou', [added])}
        </p>
      )}
    </div>
  );
}

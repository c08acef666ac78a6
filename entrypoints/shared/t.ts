/**
 * The UI's translation function over the browser's i18n (`_locales/<lang>/messages.json`),
 * and the UI language for dates. Components get `t` as a prop and never call `browser`.
 */
import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../../lib/ui/translate';

export const t: Translate = (key: MessageKey, substitutions?: string[]) =>
  // The generated overloads type each key's own substitutions; ours are checked by the locale tests.
  (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, substitutions);

/** The language the browser shows the extension in (`en`, `ko`, …). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

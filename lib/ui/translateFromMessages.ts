/**
 * A `Translate` over a parsed `messages.json`, resolving `$NAME$` placeholders the way the
 * browser's i18n does. The tests render components with it; the browser never needs it.
 */
import type { MessageKey, Translate } from './translate';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function translateFromMessages(messages: Record<string, MessageEntry>): Translate {
  return (key: MessageKey, substitutions: string[] = []) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (content === undefined) return whole;
      return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

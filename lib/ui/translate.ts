/**
 * The shape of the UI's translation function. Components take one as a prop, so they stay
 * pure: the extension passes `browser.i18n.getMessage`, tests pass the English messages.
 */
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

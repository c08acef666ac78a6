/**
 * The user's settings as values: shared by the storage items (entrypoints/shared/settings.ts),
 * the options view and the card, so the three cannot disagree on what a setting may be.
 */

/** `card`: a card next to the selection in the page. `popup`: the toolbar popup only. */
export type DisplayMode = 'card' | 'popup';
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  displayMode: DisplayMode;
  theme: ThemeSetting;
}

/**
 * The user's settings, persisted with WXT storage (`storage.local`, so nothing syncs off
 * the machine): where "Check quote" shows its result, and the theme.
 */
import { storage } from 'wxt/utils/storage';

/** `card`: a card next to the selection in the page. `popup`: the toolbar popup only. */
export type DisplayMode = 'card' | 'popup';
export type ThemeSetting = 'system' | 'light' | 'dark';

export const displayModeItem = storage.defineItem<DisplayMode>('local:displayMode', {
  fallback: 'card',
});

export const themeItem = storage.defineItem<ThemeSetting>('local:theme', {
  fallback: 'system',
});

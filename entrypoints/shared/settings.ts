/**
 * The user's settings, persisted with WXT storage (`storage.local`, so nothing syncs off
 * the machine): where "Check quote" shows its result, and the theme.
 */
import { storage } from 'wxt/utils/storage';
import type { DisplayMode, ThemeSetting } from '../../lib/settings';

export type { DisplayMode, ThemeSetting };

export const displayModeItem = storage.defineItem<DisplayMode>('local:displayMode', {
  fallback: 'card',
});

export const themeItem = storage.defineItem<ThemeSetting>('local:theme', {
  fallback: 'system',
});

/**
 * Puts the theme setting on a UI root as `data-theme`; the stylesheets key their colours on
 * it (`system` follows `prefers-color-scheme`). Returns a function that stops following
 * later changes of the setting.
 */
import { type ThemeSetting, themeItem } from './settings';

export function setTheme(root: HTMLElement, theme: ThemeSetting): void {
  root.dataset.theme = theme;
}

export async function applyTheme(root: HTMLElement): Promise<() => void> {
  setTheme(root, await themeItem.getValue());
  return themeItem.watch((theme) => setTheme(root, theme));
}

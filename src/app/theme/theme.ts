import { useSyncExternalStore } from 'react';
import { usePlaygroundStore, type ThemePreference } from '../state/store';

export type ResolvedTheme = 'light' | 'dark';

const darkSchemeQuery = window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  darkSchemeQuery.addEventListener('change', onChange);
  return () => darkSchemeQuery.removeEventListener('change', onChange);
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The theme in effect: the user's choice, or the operating system's, following it live. */
export function useResolvedTheme(): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribe, () => darkSchemeQuery.matches);
  const preference = usePlaygroundStore((state) => state.theme);
  return resolveTheme(preference, systemDark);
}

/** The page's colours come from `data-theme`; set it before the first paint to avoid a flash. */
export function applyThemeToDocument(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function currentSystemTheme(): ResolvedTheme {
  return darkSchemeQuery.matches ? 'dark' : 'light';
}

export const NEXT_THEME: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };

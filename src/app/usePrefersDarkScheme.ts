import { useSyncExternalStore } from 'react';

const darkSchemeQuery = window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  darkSchemeQuery.addEventListener('change', onChange);
  return () => darkSchemeQuery.removeEventListener('change', onChange);
}

/** Follows the operating system's light/dark setting, also when it changes while the page is open. */
export function usePrefersDarkScheme(): boolean {
  return useSyncExternalStore(subscribe, () => darkSchemeQuery.matches);
}

'use client';

import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page, true from then on. The form
 * stays read-only until then: text typed into the server's HTML would be replaced by React's state
 * as it hydrates, and a click on a button would go nowhere.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

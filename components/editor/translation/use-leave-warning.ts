'use client';

import { useEffect } from 'react';

// A confirmed link click leads to a full page load when the link is a plain one: the browser would
// then ask its own "leave this page?" question a second time. Within this long after the user
// confirmed, it does not.
const confirmedLeaveGraceMs = 1_000;

/** A click on a link to another address of this site, in this tab (Next's Links included). */
function isLeavingClick(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return false;
  if (anchor.target !== '' && anchor.target !== '_self') return false;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

/**
 * While the form holds unsaved text: the browser's own "leave this page?" question when the tab is
 * closed or reloaded, and a question of ours before a link inside the site is followed (Next's
 * client-side navigation does not unload the page, so the browser would not ask). The listener
 * runs in the capture phase, before Next's Link handles the click, and stops it there.
 */
export function useLeaveWarning(active: boolean, question: string): void {
  useEffect(() => {
    if (!active) return;
    let confirmedAt = 0;
    const warn = (event: BeforeUnloadEvent) => {
      if (Date.now() - confirmedAt > confirmedLeaveGraceMs) event.preventDefault();
    };
    const askOnLink = (event: MouseEvent) => {
      if (!isLeavingClick(event)) return;
      if (window.confirm(question)) {
        confirmedAt = Date.now();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', askOnLink, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', askOnLink, true);
    };
  }, [active, question]);
}

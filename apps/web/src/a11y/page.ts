import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab's title for this page, in the reader's language (WCAG 2.4.2): "Page – Samråd". */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}

/**
 * Moves focus to the page's main heading (WCAG 2.4.3): after a route change and deliberately
 * after submit, cancel or reveal. Waits for the heading if the page is still loading it.
 */
export function focusHeading(selector = 'main h1', timeoutMs = 5000): void {
  const tryFocus = () => {
    const heading = document.querySelector<HTMLElement>(selector);
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), timeoutMs);
}

/** Focuses an element by id after React has rendered it (e.g. the field a form reveals). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

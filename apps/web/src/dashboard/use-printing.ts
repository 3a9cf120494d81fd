import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, one store for every panel: a single pair of `beforeprint`
 * and `afterprint` listeners, and one synchronous render for all of them.
 */
let printing = false;
const subscribers = new Set<() => void>();

function setPrinting(value: boolean): void {
  printing = value;
  subscribers.forEach((subscriber) => subscriber());
}

// Synchronously: the browser lays the page out for print as soon as the listeners return.
const beforePrint = () => flushSync(() => setPrinting(true));
const afterPrint = () => setPrinting(false);

function subscribe(subscriber: () => void): () => void {
  if (subscribers.size === 0) {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }
  subscribers.add(subscriber);
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    }
  };
}

/**
 * True while the page is printed (the briefing button's `window.print()`, the browser's own print
 * command, Chromium's print to PDF): every chart's table is laid out only then, not on every
 * screen render (a few thousand cells the screen never shows).
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (the briefing button's `window.print()`, the browser's own print
 * command, Chromium's print to PDF): every chart's table is laid out only then, not on every
 * screen render (a few thousand cells the screen never shows). The state is applied synchronously
 * in `beforeprint`, since the browser lays the page out for print as soon as the event's
 * listeners return.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

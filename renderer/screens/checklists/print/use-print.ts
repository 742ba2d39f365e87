import { useEffect, useState } from 'react';

export type PrintMode = 'blank' | 'filled';

/** Which form the print view shows, and printing it once React has drawn that form. */
export function usePrint(initial: PrintMode = 'filled') {
  const [mode, setMode] = useState<PrintMode>(initial);
  const [requested, setRequested] = useState(0);
  useEffect(() => {
    if (requested > 0) window.print();
  }, [requested]);
  return {
    mode,
    setMode,
    print: (next: PrintMode) => {
      setMode(next);
      setRequested((n) => n + 1);
    },
  };
}

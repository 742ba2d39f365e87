import { useTranslation } from 'react-i18next';
import { citationText } from '../../shared/sources/citation';

/**
 * Turns a rule's `source` (`seed003 篇6 第十三条`) into what a station lead can
 * look up (《…》第十三条), in the language shown; the data's ids never reach
 * the screen or a print.
 */
export function useCitation(): (source: string) => string {
  const { i18n } = useTranslation();
  return (source) => citationText(source, i18n.language);
}

/** A source as its document's title and section; `className`/`testId` keep the caller's styling and test hooks. */
export function SourceCitation({ source, className, testId }: { source: string; className?: string; testId?: string }) {
  const cite = useCitation();
  return (
    <span className={className} data-testid={testId}>
      {cite(source)}
    </span>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLedger, LEDGERS } from '../../../shared/reports/ledgers';
import { LEDGER_GROUPS } from '../../../shared/reports/ledgers/ledger-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useLedgersStore } from '../../stores/ledgers-store';
import { useSessionStore } from '../../stores/session-store';
import { LedgerPanel } from './LedgerPanel';
import { LedgerPrint } from './print/LedgerPrint';
import './ledgers.css';

/** 台帐: every register the sources name, by source document; the chosen one prints for a period and unit, for one case, or blank. */
export function LedgersPage() {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState(LEDGERS[0]!.id);
  const [loadError, setLoadError] = useState<unknown>(null);
  const units = useLedgersStore((s) => s.units);
  const loadUnits = useLedgersStore((s) => s.loadUnits);
  const paper = useLedgersStore((s) => s.paper);
  const printCount = useLedgersStore((s) => s.printCount);
  const site = useSessionStore((s) => s.status?.site ?? null);

  useEffect(() => {
    loadUnits().catch(setLoadError);
  }, [loadUnits]);
  // Print once React has drawn the sheet just put on paper.
  useEffect(() => {
    if (printCount > 0) window.print();
  }, [printCount]);

  const ledger = findLedger(selected)!;
  const paperLedger = paper ? findLedger(paper.kind === 'blank' ? paper.ledgerId : paper.sheet.ledgerId) : undefined;
  const title = (l: (typeof LEDGERS)[number]) => (i18n.language === 'en' ? `${l.title.zh} ${l.title.en}` : l.title.zh);

  return (
    <section className="page" data-testid="ledgers-page">
      <h2>{t('ledgers.title')}</h2>
      <p className="muted">{t('ledgers.intro')}</p>
      {loadError ? <ErrorBanner messages={[errorText(loadError, t)]} /> : null}
      <div className="ledgers-layout">
        <nav className="ledger-list" aria-label={t('ledgers.title')}>
          {LEDGER_GROUPS.map((group) => (
            <section key={group}>
              <h3>{t(`ledgers.groups.${group}`)}</h3>
              <ul>
                {LEDGERS.filter((l) => l.group === group).map((l) => (
                  <li key={l.id}>
                    <button type="button" className={l.id === selected ? 'ledger-choice active' : 'ledger-choice'} aria-pressed={l.id === selected} onClick={() => setSelected(l.id)} data-testid={`ledger-${l.id}`}>
                      {title(l)}
                      {l.data.kind === 'none' && <span className="badge">{t('ledgers.printBlank')}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <LedgerPanel key={ledger.id} ledger={ledger} units={units} />
      </div>
      {paper && paperLedger && site && <LedgerPrint ledger={paperLedger} paper={paper} site={site} />}
    </section>
  );
}

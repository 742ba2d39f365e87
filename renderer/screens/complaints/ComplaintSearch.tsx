import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const SEARCH_DELAY_MS = 250;

/** The search box: asks the core ~250 ms after typing stops, so one search goes out per pause, not per key. */
export function ComplaintSearch({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  // Only typing restarts the wait; the parent re-rendering (a page arriving) must not.
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  useEffect(() => {
    const timer = setTimeout(() => onSearchRef.current(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="complaint-search field">
      <label htmlFor="complaint-search" className="visually-hidden">
        {t('complaints.searchLabel')}
      </label>
      <input
        id="complaint-search"
        type="search"
        data-testid="complaint-search"
        placeholder={t('complaints.searchPlaceholder')}
        maxLength={100}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsType } from 'echarts';

export interface ChartSeries {
  name: string;
  values: number[];
}

/**
 * A chart of the report screens: a trend (lines over the buckets), shares (a
 * pie) or a comparison (bars). echarts is imported here only, when a report
 * screen shows a chart, so the rest of the app never loads it. Saved as PNG
 * (echarts' own renderer) and printed with the page.
 */
export function ReportChart({ kind, title, categories, series, testId }: { kind: 'trend' | 'shares' | 'comparison'; title: string; categories: string[]; series: ChartSeries[]; testId: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Where the page cannot draw (no canvas), the tables still say everything the chart would.
    if (!canDraw()) return;
    let cancelled = false;
    void import('echarts')
      .then((echarts) => {
        if (cancelled || !box.current) return;
        chart.current ??= echarts.init(box.current, undefined, { renderer: 'canvas' });
        chart.current.setOption(optionOf(kind, title, categories, series), true);
        setReady(true);
      })
      .catch(() => setReady(false));
    return () => {
      cancelled = true;
    };
  }, [kind, title, categories, series]);
  useEffect(() => () => chart.current?.dispose(), []);
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  };
  return (
    <figure className="report-chart" data-testid={testId}>
      <div ref={box} className="report-chart-canvas" role="img" aria-label={title} />
      <figcaption className="toolbar no-print">
        <button type="button" className="button ghost" disabled={!ready} onClick={savePng} data-testid={`${testId}-png`}>
          {t('reports.savePng')}
        </button>
      </figcaption>
    </figure>
  );
}

/** Whether this page has a 2D canvas (not so in a test DOM or a locked-down print view): echarts would fail on its first draw. */
function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

function optionOf(kind: 'trend' | 'shares' | 'comparison', title: string, categories: string[], series: ChartSeries[]) {
  const base = { animation: false, title: { text: title, left: 'center', textStyle: { fontSize: 14 } }, tooltip: {}, legend: { bottom: 0 } };
  if (kind === 'shares') {
    const [first] = series;
    return { ...base, series: [{ type: 'pie', radius: '60%', data: categories.map((name, i) => ({ name, value: first?.values[i] ?? 0 })), label: { formatter: '{b}: {d}%' } }] };
  }
  return {
    ...base,
    grid: { left: 48, right: 24, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: kind === 'trend' ? 'line' : 'bar', data: s.values })),
  };
}

import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ReconcileRun } from '../../main/contract';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../shared/format';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

/** Open findings after each run, oldest first: is the office getting on top of them? */
export function OpenFindingsChart(props: { runs: ReconcileRun[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const runs = [...props.runs].reverse();
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: runs.map((r) => formatDateTime(r.ranAt, i18n)),
        datasets: [
          {
            label: t('review.chartOpen'),
            data: runs.map((r) => r.counts.open),
            borderColor: '#f59e0b',
            backgroundColor: '#f59e0b',
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0, color: '#cbd5e1' } },
          x: { ticks: { color: '#cbd5e1' } },
        },
      },
    });
    return () => chart.destroy();
  }, [props.runs, i18n, t]);
  return (
    <figure className="chart" data-testid="open-findings-chart">
      <figcaption>{t('review.chartOpen')}</figcaption>
      <div className="chart-area">
        <canvas ref={canvas} role="img" aria-label={t('review.chartOpen')} />
      </div>
    </figure>
  );
}

// The usage Azure booked, per customer subscription and default subscription: an ECharts chart and a table.
import { call, explain } from './api.js';
import { t, language } from './texts.js';
import { byId, el, redraw, showProblem } from './dom.js';

const SPAN = { hour: 48, day: 24 * 30 };
const MOST_ROWS = 200;

let grain = 'hour';
let usage = null;
let chart = null;

export async function refresh() {
  const asked = grain;
  try {
    const answer = await call('GET', `/azure/usage?grain=${asked}&hours=${SPAN[asked]}`);
    if (asked !== grain) return; // the switch moved on while this answer was on its way
    usage = answer;
    showProblem('usage-problem', '');
  } catch (failure) {
    usage = null;
    showProblem('usage-problem', explain(failure));
  }
  draw();
}

function bucketLabel(instant) {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  // a day bucket is a UTC day (as Azure books it): in the reader's zone it would read as the day before or after
  return grain === 'day'
    ? date.toLocaleDateString(language(), { day: 'numeric', month: 'short', timeZone: 'UTC' })
    : date.toLocaleString(language(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function draw() {
  drawChart();
  drawTable();
}

function drawChart() {
  const box = byId('usage-chart');
  if (!window.echarts || box.offsetWidth === 0) return;
  const signature = JSON.stringify([language(), grain, usage]);
  if (chart && box.dataset.signature === signature) return;
  box.dataset.signature = signature;
  chart = chart || window.echarts.init(box, null, { renderer: 'canvas' });
  const buckets = usage ? usage.buckets || [] : [];
  const series = usage ? usage.series || [] : [];
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 56, right: 16, top: 40, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'category', data: buckets.map(bucketLabel), name: t(grain === 'day' ? 'usage.days' : 'usage.hours'), nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: t('usage.quantity') },
    series: series.map((one) => ({
      name: one.kind === 'customerSubscription' ? `${one.label} (${t('usage.kind.customerSubscription')})` : one.label, type: 'bar', stack: 'usage', data: one.quantities, emphasis: { focus: 'series' },
    })),
    title: series.length ? undefined : { text: t('usage.none'), left: 'center', top: 'middle', textStyle: { fontSize: 14, fontWeight: 'normal', color: '#605e5c' } },
  }, true);
}

function drawTable() {
  const box = byId('usage-table');
  const rows = usage ? (usage.rows || []).slice().reverse().slice(0, MOST_ROWS) : [];
  const labels = new Map((usage ? usage.series || [] : []).map((one) => [one.key, one.label]));
  box.dataset.grain = usage ? usage.grain || grain : '';
  redraw(box, JSON.stringify([language(), grain, rows]), rows.length ? [el('table', { className: 'grid', id: 'usage-rows' },
    el('caption', { className: 'visually-hidden' }, t('usage.title')),
    el('thead', {}, el('tr', {}, ['bucket', 'subscription', 'meter', 'quantity'].map((column) => el('th', { scope: 'col' }, t(`usage.${column}`))))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', {}, bucketLabel(row.bucket)),
      el('td', {}, labels.get(row.key) || row.key),
      el('td', { className: 'mono' }, row.meterId),
      el('td', { className: 'number' }, Number(row.quantity).toLocaleString(language()))))))]
    : [el('p', { className: 'hint' }, t('usage.noRows'))]);
}

/** Wires the switch and the window's size once. */
export function start() {
  for (const input of document.querySelectorAll('input[name="grain"]')) {
    input.addEventListener('change', () => {
      grain = input.value;
      refresh();
    });
  }
  window.addEventListener('resize', () => chart && chart.resize());
}

/** The chart's box was hidden; now that it shows, it takes its size. */
export function shown() {
  if (chart) chart.resize();
  drawChart();
}

// Support: the log bundle (roles, from, to) downloaded as the ZIP file the API builds.
import { API, explain, read } from './api.js';
import { t, language } from './texts.js';
import { byId, busy, el, showProblem } from './dom.js';

const SPAN = 4 * 3600 * 1000;
const edited = new Set();

/** A datetime-local input's value for an instant (the reader's local time, to the minute). */
function local(date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return shifted.toISOString().slice(0, 16);
}

function fileName(response) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return match ? match[1] : 'stackbridge-logs.zip';
}

async function download(event) {
  event.preventDefault();
  const outcome = byId('logs-outcome');
  outcome.textContent = '';
  const roles = [...document.querySelectorAll('input[name="role"]:checked')].map((input) => input.value);
  const now = new Date();
  // a bound the reader left alone follows the clock: lines written since the page opened are included
  if (!edited.has('logs-from')) byId('logs-from').value = local(new Date(now.getTime() - SPAN));
  if (!edited.has('logs-to')) byId('logs-to').value = local(now);
  const from = edited.has('logs-from') ? new Date(byId('logs-from').value) : new Date(now.getTime() - SPAN);
  const to = edited.has('logs-to') ? new Date(byId('logs-to').value) : new Date(now.getTime() + 1000);
  if (!roles.length) return showProblem('logs-problem', t('logs.noRole'));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return showProblem('logs-problem', t('logs.badRange'));
  if (from >= to) return showProblem('logs-problem', t('logs.fromAfterTo'));
  const query = new URLSearchParams({ roles: roles.join(','), from: from.toISOString(), to: to.toISOString() });
  await busy(byId('logs-download'), async () => {
    try {
      let response;
      try {
        response = await fetch(`${API}/support/logs?${query}`, { headers: { 'Accept-Language': language() }, cache: 'no-store' });
      } catch (unreachable) {
        throw new Error(t('error.unreachable'));
      }
      if (!response.ok) await read(response, `${API}/support/logs`);
      const blob = await response.blob();
      const link = el('a', { href: URL.createObjectURL(blob), download: fileName(response), hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      showProblem('logs-problem', '');
      outcome.textContent = t('logs.done', link.download, Math.max(1, Math.round(blob.size / 1024)));
    } catch (failure) {
      showProblem('logs-problem', failure.code !== undefined ? explain(failure) : failure.message || explain(failure));
    }
  });
}

/** Fills the range with the last 4 hours (the API's own default) and wires the form once. */
export function start() {
  const now = new Date();
  byId('logs-from').value = local(new Date(now.getTime() - SPAN));
  byId('logs-to').value = local(now);
  for (const id of ['logs-from', 'logs-to']) byId(id).addEventListener('input', () => edited.add(id));
  byId('logs-form').addEventListener('submit', download);
}

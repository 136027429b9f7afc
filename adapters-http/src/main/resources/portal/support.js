// Support: the log bundle (roles, from, to) downloaded as the ZIP file the API builds.
import { API, explain, read, send } from './api.js';
import { t, language } from './texts.js';
import { byId, busy, el, showProblem } from './dom.js';

const SPAN = 4 * 3600 * 1000;
const filled = { from: null, to: null };

/** Writes the bounds the page chooses (null: leaves that one as it is) and remembers them. */
function fill(from, to) {
  if (from) filled.from = byId('logs-from').value = local(from);
  if (to) filled.to = byId('logs-to').value = local(to);
}

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
  // a bound still as the page filled it follows the clock: lines written since the page opened are included
  const fromKept = byId('logs-from').value === filled.from;
  const toKept = byId('logs-to').value === filled.to;
  const from = fromKept ? new Date(now.getTime() - SPAN) : new Date(byId('logs-from').value);
  const to = toKept ? new Date(now.getTime() + 1000) : new Date(byId('logs-to').value);
  fill(fromKept ? from : null, toKept ? now : null);
  if (!roles.length) return showProblem('logs-problem', t('logs.noRole'));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return showProblem('logs-problem', t('logs.badRange'));
  // the range as the form shows it (to the minute) must run forwards
  if (new Date(byId('logs-from').value) >= new Date(byId('logs-to').value)) return showProblem('logs-problem', t('logs.fromAfterTo'));
  const query = new URLSearchParams({ roles: roles.join(','), from: from.toISOString(), to: to.toISOString() });
  await busy(byId('logs-download'), async () => {
    try {
      // fetched, not linked: the admin key goes in a header, which a plain link cannot send
      const response = await send(`${API}/support/logs?${query}`, { headers: { 'Accept-Language': language() }, cache: 'no-store' });
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
  fill(new Date(now.getTime() - SPAN), now);
  byId('logs-form').addEventListener('submit', download);
}

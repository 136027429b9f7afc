// The stack side as the administrator portal shows it: Region management > Properties, the Azure Bridge tile.
import { call, explain } from './api.js';
import { t, language } from './texts.js';
import { byId, busy, el, property, redraw, showProblem, when } from './dom.js';
import { showBridge } from './bridge.js';

let last = null;

/** Reads the stamp and redraws Region management and the bridge tile. */
export async function refresh() {
  try {
    last = await call('GET', '/stamp');
    showProblem('region-problem', last.problem ? `${last.problem.message} (${last.problem.code})` : '');
    showProblem('bridge-problem', '');
  } catch (failure) {
    last = null;
    showProblem('region-problem', explain(failure));
    showProblem('bridge-problem', explain(failure));
  }
  draw();
}

/** Draws the last answer again (after a language switch, the API's own texts come with the next poll). */
export function draw() {
  showRegion(last);
  showBridge(last ? last.bridge : null);
}

function showRegion(stamp) {
  const region = stamp && stamp.region ? stamp.region : null;
  const source = byId('region-source');
  source.textContent = !stamp ? '' : stamp.source === 'directory' ? t('region.source.directory', stamp.directory || '') : t('region.source.hosted');
  const status = region ? region.status : null;
  const statusText = region ? region.statusText || t(`region.status.${status}`) : '—';
  const list = byId('region-properties');
  redraw(list, JSON.stringify([language(), region]), region ? [
    el('dt', {}, t('region.status')),
    el('dd', {}, el('span', { className: `badge status-${String(status).toLowerCase()}`, id: 'region-status' }, statusText)),
    property(t('region.subscription'), region.subscriptionId, 'region-subscription'),
    property(t('region.resourceGroup'), region.resourceGroup, 'region-resource-group'),
    property(t('region.registrationName'), region.registrationName, 'region-registration-name'),
    property(t('region.cloudId'), region.cloudId, 'region-cloud-id'),
    property(t('region.billingModel'), region.billingModel, 'region-billing-model'),
    property(t('region.activationExpiry'), expiry(region), 'region-activation-expiry'),
  ] : []);
  // a directory the portal cannot use (no stamp there, a busy database) cannot be registered from here
  byId('register').hidden = !region || status === 'Registered' || Boolean(stamp.problem);
}

/** The activation key's expiry as the API words it (a key that never expires says so), else the instant. */
function expiry(region) {
  if (region.activationExpiryText) return region.activationExpiryText;
  return region.activationExpiry ? when(region.activationExpiry, language()) : null;
}

async function register(event) {
  await busy(event.currentTarget, async () => {
    try {
      last = await call('POST', '/stamp/registration', {});
      showProblem('region-problem', '');
      draw();
    } catch (failure) {
      showProblem('region-problem', explain(failure));
    }
  });
}

async function sendUsage(event) {
  await busy(event.currentTarget, async () => {
    try {
      await call('POST', '/stamp/bridge/runs', {});
      showProblem('bridge-problem', '');
      await refresh();
    } catch (failure) {
      showProblem('bridge-problem', explain(failure));
    }
  });
}

async function diagnose(event) {
  const outcome = byId('diagnosis-outcome');
  outcome.textContent = t('diagnosis.running');
  await busy(event.currentTarget, async () => {
    try {
      const diagnosis = await call('POST', '/stamp/diagnosis', {});
      showProblem('diagnosis-problem', '');
      outcome.textContent = diagnosis.passed ? t('diagnosis.passed') : t('diagnosis.failed');
      outcome.className = diagnosis.passed ? 'passed' : 'failed';
      byId('diagnosis-steps').replaceChildren(...(diagnosis.steps || []).map(step));
    } catch (failure) {
      outcome.textContent = '';
      showProblem('diagnosis-problem', explain(failure));
    }
  });
}

function step(one) {
  const verdict = one.passed ? t('diagnosis.step.passed') : t('diagnosis.step.failed');
  return el('li', { className: one.passed ? 'passed' : 'failed' },
    el('span', { className: 'mark', 'aria-hidden': 'true' }, one.passed ? '✓' : '✗'),
    el('span', { className: 'visually-hidden' }, verdict),
    el('span', { className: 'label' }, one.label || one.name),
    one.code ? el('span', { className: 'code' }, one.code) : null,
    one.detail ? el('span', { className: 'detail' }, one.detail) : null);
}

/** Wires the buttons once. */
export function start() {
  byId('register').addEventListener('click', register);
  byId('send-usage').addEventListener('click', sendUsage);
  byId('diagnose').addEventListener('click', diagnose);
}

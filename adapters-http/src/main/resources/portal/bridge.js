// The Azure Bridge tile and its details window (a <dialog> that closes with Esc and gives the focus back).
import { t, language } from './texts.js';
import { byId, el, property, redraw, when } from './dom.js';

let error = null;
let opener = null;

/** Draws the tile from the stamp's bridge (null when the stamp could not be read). */
export function showBridge(bridge) {
  const state = byId('bridge-state');
  const tile = byId('bridge-tile');
  const kind = !bridge ? 'unknown' : bridge.running ? 'running' : String(bridge.state).toLowerCase();
  tile.dataset.state = kind;
  state.className = `state badge state-${kind}`;
  state.textContent = !bridge ? '—' : bridge.running ? t('bridge.state.Running') : t(`bridge.state.${bridge.state}`);
  redraw(byId('bridge-properties'), JSON.stringify([language(), bridge && [bridge.lastSuccess, bridge.pendingRecords, bridge.oldestPendingHour]]), bridge ? [
    property(t('bridge.lastSuccess'), bridge.lastSuccess ? when(bridge.lastSuccess, language()) : t('bridge.never'), 'bridge-last-success'),
    property(t('bridge.pending'), bridge.pendingRecords, 'bridge-pending'),
    property(t('bridge.oldestPending'), bridge.oldestPendingHour ? when(bridge.oldestPendingHour, language()) : null, 'bridge-oldest'),
  ] : []);
  error = bridge && bridge.error ? bridge.error : null;
  byId('bridge-error').hidden = !error;
  byId('bridge-error-code').textContent = error ? error.code : '';
  byId('bridge-error-title').textContent = error && error.title && !error.title.includes(error.code) ? error.title : '';
  const warning = byId('bridge-warning');
  warning.hidden = !(bridge && bridge.warning);
  warning.textContent = bridge && bridge.warning ? bridge.warning.text : '';
  if (byId('bridge-dialog').open) fill();
}

function fill() {
  byId('dialog-title').textContent = !error ? t('dialog.resolved') : error.title && error.title.includes(error.code) ? error.title
    : `${error.code}${error.title ? ' — ' + error.title : ''}`;
  byId('dialog-body').replaceChildren(...(error ? [
    property(t('dialog.message'), error.message),
    property(t('dialog.cause'), error.cause, 'dialog-cause'),
    property(t('dialog.remediation'), error.remediation, 'dialog-remediation'),
    property(t('dialog.at'), when(error.at, language())),
  ] : [el('dd', {}, t('dialog.noError'))]).flat());
}

function open() {
  opener = document.activeElement;
  fill();
  byId('bridge-dialog').showModal();
  byId('dialog-close').focus();
}

/** Wires the details button and the window once. */
export function start() {
  const dialog = byId('bridge-dialog');
  byId('bridge-details').addEventListener('click', open);
  byId('dialog-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const back = opener && document.contains(opener) && !opener.closest('[hidden]') ? opener : byId('send-usage');
    back.focus();
  });
}

// The admin key of an emulator that asks for one. serve gives it in the page's address after #key= (a fragment
// never reaches the server or its logs); the page keeps it for this tab in sessionStorage, removes it from the
// address bar, and sends it in X-StackBridge-Admin-Key on every API call. When the API refuses a call for want
// of it, a dialog asks for it and the call is sent again. An emulator that asks for no key never shows the dialog.
import { byId, showProblem } from './dom.js';

export const HEADER = 'X-StackBridge-Admin-Key';
const STORED = 'stackbridge.portal.adminKey';
const REFUSALS = ['AdminKeyMissing', 'AdminKeyInvalid'];

let kept = null; // the key when the browser keeps no sessionStorage
let asking = null; // the dialog's answer, awaited by every call refused while it is open
let answer = null;
let declined = false;
let returnFocus = null;

/** The key this tab was given, if any. */
export function current() {
  try {
    return sessionStorage.getItem(STORED) || kept;
  } catch (private_) {
    return kept;
  }
}

function remember(key) {
  kept = key;
  try {
    sessionStorage.setItem(STORED, key);
  } catch (private_) {
    // kept in memory for this page only
  }
}

/** Takes the key out of the address (#key=…), keeps it, and leaves the address and its history entry without it. */
export function takeFromAddress() {
  const fragment = location.hash.slice(1);
  const found = /(?:^|&)key=([^&]*)/.exec(fragment);
  if (!found) return;
  let key = found[1];
  try {
    key = decodeURIComponent(key);
  } catch (notEncoded) {
    // a key written as is
  }
  if (key.trim()) remember(key.trim());
  const rest = fragment.replace(found[0], '').replace(/^&/, '');
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
}

/** The headers, with the key when this tab has one. */
export function withKey(headers) {
  const key = current();
  return key ? { ...headers, [HEADER]: key } : { ...headers };
}

/** Whether an answer refuses the call for want of the key: a 401 with one of the admin gate's codes. */
export function refusedForKey(status, code) {
  return status === 401 && REFUSALS.includes(code);
}

/**
 * Asks for the key, showing {@code problem} (the server's words about a wrong key) when there is one; resolves to
 * true once a key is given, false when the reader declines (then calls fail with the server's message until the
 * reader asks for the dialog again with the header's button).
 */
export function ask(problem) {
  showProblem('key-problem', problem);
  if (declined) return Promise.resolve(false);
  if (!asking) {
    asking = new Promise((resolve) => {
      answer = resolve;
    });
    returnFocus = document.activeElement;
    byId('key-input').value = '';
    byId('key-dialog').showModal();
    byId('key-input').focus();
  }
  return asking;
}

function settle(given) {
  const resolve = answer;
  asking = null;
  answer = null;
  if (resolve) resolve(given);
}

function submit(event) {
  event.preventDefault();
  const key = byId('key-input').value.trim();
  if (!key) return;
  remember(key);
  showProblem('key-problem', '');
  byId('key-dialog').close();
  settle(true);
  document.dispatchEvent(new Event('stackbridge-key'));
}

/** Wires the dialog and the header's button once. */
export function start() {
  const dialog = byId('key-dialog');
  byId('key-form').addEventListener('submit', submit);
  byId('key-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (returnFocus && returnFocus.focus && document.contains(returnFocus)) returnFocus.focus();
    if (!answer) return;
    declined = true;
    byId('key-ask').hidden = false;
    settle(false);
  });
  byId('key-ask').addEventListener('click', () => {
    declined = false;
    byId('key-ask').hidden = true;
    ask('');
  });
}

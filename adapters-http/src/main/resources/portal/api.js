// The portal's API: JSON in and out, the chosen language in Accept-Language, errors as sentences.
import { t, language } from './texts.js';
import { ask, refusedForKey, withKey } from './key.js';

export const API = '/_stackbridge/portal/api';

/** An answer the API refused: the envelope's message in words, its code kept apart. */
export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** What the page shows: the message, with the code when there is one. */
  get shown() {
    return this.code ? `${this.message} (${this.code})` : this.message;
  }
}

/** Calls the API; resolves to the parsed body (or null), rejects with an {@link ApiError}. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  const options = { method, headers, cache: 'no-store', credentials: 'same-origin' };
  if (method !== 'GET') {
    // the API refuses a change without it, even with no body: another site's page cannot send it unasked
    headers['Content-Type'] = 'application/json';
  }
  if (method === 'POST' || method === 'PUT') {
    options.body = JSON.stringify(body ?? {});
  }
  return read(await send(API + path, options), API + path);
}

/**
 * Sends a request to the API with the admin key when the tab has one; a refusal for want of the key asks for
 * it and sends the request again, until a key passes or the reader declines (the refusal is then the answer).
 */
export async function send(url, options) {
  for (;;) {
    let response;
    try {
      response = await fetch(url, { ...options, headers: withKey(options.headers || {}) });
    } catch (unreachable) {
      throw new ApiError(t('error.unreachable'), null, 0);
    }
    if (response.status !== 401) return response;
    let error = null;
    try {
      error = (await response.clone().json()).error;
    } catch (notJson) {
      error = null;
    }
    if (!error || !refusedForKey(response.status, error.code)) return response;
    if (!(await ask(error.code === 'AdminKeyInvalid' ? error.message : ''))) return response;
  }
}

/**
 * Whether a 404 says that the API has no such route (an emulator without this part of the portal): its
 * envelope names the very path that was asked for. Any other refusal shows its own message and code.
 */
function missingRoute(response, error, asked) {
  if (response.status !== 404 || error.code !== 'ResourceNotFound' || !asked) return false;
  const path = asked.split('?')[0].toLowerCase();
  return String(error.message).toLowerCase().includes(path);
}

/** The body of an answer, or the ApiError its envelope describes ({@code asked}: the path called, if known). */
export async function read(response, asked) {
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (notJson) {
    parsed = null;
  }
  if (response.ok) return parsed;
  const error = parsed && parsed.error;
  if (error && error.message) {
    const unavailable = missingRoute(response, error, asked);
    throw new ApiError(unavailable ? t('error.unavailable') : error.message, error.code, response.status);
  }
  throw new ApiError(t('error.status', response.status), null, response.status);
}

/** The sentence to show for anything a call threw. */
export function explain(failure) {
  return failure instanceof ApiError ? failure.shown : t('error.unexpected');
}

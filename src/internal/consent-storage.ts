/**
 * Where a consent choice is kept between visits: a two-method storage interface a site can replace,
 * the record it holds, and reads and writes that never throw, whatever the storage does.
 */
import { DEV_MODE } from './dev-mode.js';

/** What the reader chose about optional cookies. */
export type WsisConsentDecision = 'accepted' | 'rejected';

/** The stored choice: which policy version it answers, what was chosen and when (ISO 8601). */
export interface WsisConsentRecord {
  readonly version: string;
  readonly decision: WsisConsentDecision;
  readonly date: string;
}

/**
 * A place to keep one string. The default wraps `localStorage`; a site can pass its own, for
 * example one that writes a cookie its server reads. Methods may throw: callers catch.
 */
export interface WsisConsentStorage {
  read(): string | null;
  write(value: string): void;
}

/** The key the default storage uses in `localStorage`. */
export const DEFAULT_CONSENT_KEY = 'wsis-consent';

/**
 * A storage on `window.localStorage` under `key`. Creating it touches nothing: `localStorage` is
 * looked up on each call, so a page in private mode (where merely reading `window.localStorage`
 * can throw) fails inside a call that the caller catches, never at construction.
 */
export function localConsentStorage(key: string = DEFAULT_CONSENT_KEY): WsisConsentStorage {
  return {
    read: () => window.localStorage.getItem(key),
    write: (value) => window.localStorage.setItem(key, value),
  };
}

/** A storage that lives only as long as the page: for stories, tests and sites that store nothing. */
export function memoryConsentStorage(initial: string | null = null): WsisConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}

/** Seconds a consent cookie is kept: one year, as GOV.UK keeps its readers' cookie choice. */
export const CONSENT_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

// A cookie name is an HTTP token (RFC 6265): anything else would be read as another cookie.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Throws a TypeError naming `what` unless `name` can be a cookie's name. */
export function checkCookieName(name: string, what: string): void {
  if (!COOKIE_NAME.test(name))
    throw new TypeError(`${what}: ${JSON.stringify(name)} cannot be a cookie name`);
}

/**
 * The value of the cookie `name` in a request's `Cookie` header or in `document.cookie`, or `null`
 * when it has none, or one that is not percent-encoded text. The first of several wins (browsers
 * send the one of the longest path first).
 */
export function cookieValue(cookies: string | null | undefined, name: string): string | null {
  for (const pair of String(cookies ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The cookie that keeps a consent record, as a `Set-Cookie` header value or a `document.cookie`
 * assignment, the same from the server and in the browser: for the whole site (`Path=/`), sent on
 * top-level navigations from other sites but never with their requests (`SameSite=Lax`), kept
 * `maxAge` seconds, `Secure` on HTTPS. Not `HttpOnly`: the element reads and rewrites it with
 * JavaScript (`cookieConsentStorage()`), and a script can neither read nor replace an `HttpOnly`
 * cookie, so a choice made without JavaScript could then never be changed with it. It holds no
 * secret: the policy version, the decision and its date.
 */
export function consentCookie(name: string, value: string, maxAge: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${Math.floor(maxAge)}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * A storage in the cookie `name`, which the site's server reads too (`readConsentCookie()` of
 * `wsis-components/ssr`), so that the server, the element and the page without JavaScript see one
 * record. Kept `maxAge` seconds; `Secure` when the page is on HTTPS. Creating it touches nothing.
 */
export function cookieConsentStorage(
  name: string = DEFAULT_CONSENT_KEY,
  maxAge: number = CONSENT_COOKIE_MAX_AGE,
): WsisConsentStorage {
  return {
    read: () => {
      checkCookieName(name, 'cookieConsentStorage()');
      return cookieValue(document.cookie, name);
    },
    write: (value) => {
      checkCookieName(name, 'cookieConsentStorage()');
      document.cookie = consentCookie(name, value, maxAge, location.protocol === 'https:');
    },
  };
}

/** Receives a plain-language explanation of a problem, to show in the console. */
export type WsisConsentWarn = (problem: string) => void;

function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
  } catch {
    // a getter that throws: shown as a plain value below
  }
  return shownValue(error, 200);
}

/**
 * The one check of a stored consent record, for every reader of it: the element, `readConsent()`,
 * the server (`readConsentCookie()` of `wsis-components/ssr`) and the early script, whose text
 * holds this function's own source. So it is written to run alone, serialized with `toString()`:
 * no import, nothing from the module around it, ES2019. Anything but a JSON object with a non-empty
 * `version`, a `decision` of exactly `"accepted"` or `"rejected"` and a `date` in ISO 8601 (a day,
 * or a day and a time with its offset, as `Date.prototype.toISOString()` writes it) gives
 * `undefined`.
 */
export function parseConsentRecord(raw: unknown): WsisConsentRecord | undefined {
  if (typeof raw !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { version, decision, date } = data as Record<string, unknown>;
  if (typeof version !== 'string' || version.trim() === '') return undefined;
  if (decision !== 'accepted' && decision !== 'rejected') return undefined;
  // The format every engine parses alike (ECMAScript's date time string format), and a real date.
  if (
    typeof date !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(date) ||
    Number.isNaN(Date.parse(date))
  )
    return undefined;
  return { version, decision, date };
}

/** `String(value)` cut to `length`, for a message; never throws, whatever `toString` does. */
function shownValue(value: unknown, length: number): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.slice(0, length);
}

/** The outcome of reading storage: the record when there is a valid one, whatever its version. */
export interface WsisConsentReadResult {
  readonly record: WsisConsentRecord | undefined;
  /** `false` when the storage threw: the caller should not expect later writes to work either. */
  readonly ok: boolean;
}

/**
 * Reads and validates the stored record. A throwing storage or a value that is not a record gives
 * no record and one call to `warn` saying why; this never throws.
 */
export function readConsentRecord(storage: WsisConsentStorage, warn: WsisConsentWarn): WsisConsentReadResult {
  let raw: string | null;
  try {
    raw = storage.read();
  } catch (error) {
    if (DEV_MODE)
      warn(
        `could not read the stored choice (${describeError(error)}); asking again, and the choice will hold for this page only.`,
      );
    return { record: undefined, ok: false };
  }
  if (raw == null || raw === '') return { record: undefined, ok: true };
  const record = parseConsentRecord(raw);
  if (DEV_MODE && !record) {
    const shown = shownValue(raw, 80);
    warn(
      `ignored a stored value that is not a consent record (${JSON.stringify(shown)}); asking again. ` +
        `Expected JSON {"version", "decision": "accepted"|"rejected", "date": ISO 8601}.`,
    );
  }
  return { record, ok: true };
}

/** Writes the record; `false` after one call to `warn` when the storage threw. Never throws. */
export function writeConsentRecord(
  storage: WsisConsentStorage,
  record: WsisConsentRecord,
  warn: WsisConsentWarn,
): boolean {
  try {
    storage.write(JSON.stringify(record));
    return true;
  } catch (error) {
    if (DEV_MODE)
      warn(
        `could not store the choice (${describeError(error)}); it holds for this page only and will be asked again on the next visit.`,
      );
    return false;
  }
}

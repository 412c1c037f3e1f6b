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

/** Receives a plain-language explanation of a problem, to show in the console. */
export type WsisConsentWarn = (problem: string) => void;

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Checks the shape of a stored value; anything but a well-formed record gives `undefined`. */
export function parseConsentRecord(raw: string): WsisConsentRecord | undefined {
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
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return undefined;
  return { version, decision, date };
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
  const record = typeof raw === 'string' ? parseConsentRecord(raw) : undefined;
  if (DEV_MODE && !record) {
    const shown = String(raw).slice(0, 80);
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

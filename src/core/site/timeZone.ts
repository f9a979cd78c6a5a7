/**
 * Whether `name` is a zone the C library finds when Jekyll sets `TZ` to it. Zone files are looked
 * up by exact name on Linux, so `europe/paris` is unknown there (UTC) although Intl accepts it;
 * aliases (`US/Pacific`) are known.
 */
export function isKnownTimeZone(name: string): boolean {
  if (known.has(name)) return known.get(name) as boolean;
  let ok = true;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    ok = resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    ok = false;
  }
  known.set(name, ok);
  return ok;
}

const known = new Map<string, boolean>();

/** Every zone name the system knows, for suggestions. */
export function knownTimeZones(): readonly string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
}

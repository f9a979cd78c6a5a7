// Zone names to suggest for an unknown `timezone` come from Intl.supportedValuesOf('timeZone'); a
// runtime without it (older than V8 9.9) has none to offer, and the finding then names no zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkProjectConfigText } from '../../src/core/lint/configCheck';
import { formatMessage } from '../../src/core/messages';
import { knownTimeZones } from '../../src/core/site/timeZone';

function withoutSupportedValuesOf<T>(run: () => T): T {
  const intl = Intl as unknown as { supportedValuesOf?: unknown };
  const saved = Object.getOwnPropertyDescriptor(Intl, 'supportedValuesOf');
  delete intl.supportedValuesOf;
  try {
    return run();
  } finally {
    if (saved) Object.defineProperty(Intl, 'supportedValuesOf', saved);
  }
}

test('without Intl.supportedValuesOf: no zone names, and `timezone: Paris` is reported with no suggestion nor fix', () => {
  withoutSupportedValuesOf(() => {
    assert.deepEqual(knownTimeZones(), []);
    const findings = checkProjectConfigText('timezone: Paris\n').map((f) => ({ message: formatMessage(f.message), fixes: f.fixes }));
    assert.deepEqual(findings, [{ message: '`Paris` is not a time zone: Jekyll builds this site in UTC.', fixes: undefined }]);
  });
  // Restored, the list is the runtime's again.
  assert.ok(knownTimeZones().includes('Europe/Paris'));
});

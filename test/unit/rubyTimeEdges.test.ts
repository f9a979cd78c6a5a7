import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { typePlainScalar } from '../../src/core/site/scalars';
import { strftime } from '../../src/core/site/strftime';
import { rubyCivil, YamlTimestamp } from '../../src/core/site/timestamp';

// Edges of the Ruby time emulation. Expected values from Ruby 3.1 (the one Jekyll 4.3.1 runs on).

describe('strftime in year 0, as Ruby prints it', () => {
  it('%Y is 0000, four digits like any year from 0 on (only negative years take a fifth place)', () => {
    // ruby -e 'p Time.utc(0,1,1).strftime("%Y %G")' → "0000 -0001"; Time.utc(0,1,1).to_i is -62167219200.
    assert.equal(strftime('%Y %G', -62167219200, 'UTC'), '0000 -0001');
    // ruby -e 'p Time.utc(0,12,31).strftime("%Y %G %-Y %5Y")' → "0000 0000 0 00000" (to_i -62135683200).
    assert.equal(strftime('%Y %G %-Y %5Y', -62135683200, 'UTC'), '0000 0000 0 00000');
  });
});

describe('rubyCivil refuses what Time.utc refuses', () => {
  it('a negative hour, minute or second (Ruby: ArgumentError, argument out of range)', () => {
    // ruby -e 'Time.utc(2014,6,4,-1)', 'Time.utc(2014,6,4,1,-1)', 'Time.utc(2014,6,4,1,1,-1)': all raise.
    assert.equal(rubyCivil(2014, 6, 4, -1, 0, 0), undefined);
    assert.equal(rubyCivil(2014, 6, 4, 1, -1, 0), undefined);
    assert.equal(rubyCivil(2014, 6, 4, 1, 1, -1), undefined);
    // And accepts 24:00:00 (ruby: 2014-06-05 00:00:00 UTC).
    assert.deepEqual(rubyCivil(2014, 6, 4, 24, 0, 0), { year: 2014, month: 6, day: 5, hour: 0, minute: 0, second: 0 });
  });
});

describe('a YAML timestamp as text', () => {
  it('reads as written, in a string and in JSON', () => {
    const value = typePlainScalar('2014-06-04 15:27:59 +0200');
    assert.ok(value instanceof YamlTimestamp);
    assert.equal(String(value), '2014-06-04 15:27:59 +0200');
    assert.equal(JSON.stringify({ date: value }), '{"date":"2014-06-04 15:27:59 +0200"}');
  });
});

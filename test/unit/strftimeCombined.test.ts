import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strftime } from '../../src/core/site/strftime';

// Ruby 3.1's Time#strftime (what Jekyll's `date` filter calls), for 2014-06-04 03:07:09 and
// 13:07:09 at +02:00: `ruby -e 'ENV["TZ"]="Europe/Paris"; p Time.at(1401844029).strftime("%F")'`.
const RUBY: [string, string, string][] = [
  ['%F', '2014-06-04', '2014-06-04'],
  ['%T', '03:07:09', '13:07:09'],
  ['%D', '06/04/14', '06/04/14'],
  ['%R', '03:07', '13:07'],
  ['%r', '03:07:09 AM', '01:07:09 PM'],
  ['%c', 'Wed Jun  4 03:07:09 2014', 'Wed Jun  4 13:07:09 2014'],
  ['%x', '06/04/14', '06/04/14'],
  ['%X', '03:07:09', '13:07:09'],
  ['%v', ' 4-JUN-2014', ' 4-JUN-2014'],
  ['%^c', 'WED JUN  4 03:07:09 2014', 'WED JUN  4 13:07:09 2014'],
  ['%20F', '          2014-06-04', '          2014-06-04'],
  ['%020F', '00000000002014-06-04', '00000000002014-06-04'],
  ['%-D', '06/04/14', '06/04/14'],
  ['%12T', '    03:07:09', '    13:07:09'],
  ['%_12R', '       03:07', '       13:07'],
  ['%n', '\n', '\n'],
  ['%t', '\t', '\t'],
  ['%10n', '         \n', '         \n'],
  ['%+', '%+', '%+'],
  ['on %F at %R', 'on 2014-06-04 at 03:07', 'on 2014-06-04 at 13:07'],
];

test('the combined conversions (%F, %T, %D, %R, %r, %c, %x, %X, %v, %n, %t) print what Ruby prints', () => {
  for (const [format, morning, afternoon] of RUBY) {
    assert.equal(strftime(format, 1401844029, 'Europe/Paris'), morning, format);
    assert.equal(strftime(format, 1401880029, 'Europe/Paris'), afternoon, format);
  }
});

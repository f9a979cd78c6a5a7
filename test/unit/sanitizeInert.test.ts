import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { sanitize } from '../../src/core/render/sanitize';

/** The preview keeps what is inert (so it shows what `render` prints) and still drops what could run. */
describe('sanitized: inert markup stays', () => {
  const cases: [string, string][] = [
    ['<p>a <ip>b</ip> c</p>', '<p>a <ip>b</ip> c</p>'],
    ['<my-widget class="w" onclick="alert(1)" data-x="1">z</my-widget>', '<my-widget class="w">z</my-widget>'],
    ['<!-- a comment -->\n<p>x</p>', '<!-- a comment -->\n<p>x</p>'],
    ['<p>a <!-- more --> b</p>', '<p>a <!-- more --> b</p>'],
    // A comment that a browser ends early, or that holds markup, is not kept.
    ['<!-- --!><script>alert(1)</script> -->', ''],
    ['<!--><script>alert(1)</script>-->', '--&gt;'],
    ['<!-- <img src=x onerror=alert(1)> -->ok', 'ok'],
    ['<a title="<!--" onclick="alert(1)">t</a>', '<a title="&lt;!--">t</a>'],
    // Known elements outside the allowlist are still dropped, with their content where it could run.
    ['<svg:script>1</svg:script><form action="x">f</form><script>alert(1)</script>', '1f'],
    ['<button onclick="alert(1)">b</button>', 'b'],
    // A link keeps a URL of an unknown scheme, never one that runs code or reaches the machine.
    ['<a href="localhost:8080">l</a>', '<a href="localhost:8080">l</a>'],
    ['<a href="javascript:alert(1)">j</a><a href="JaVaScRiPt:alert(1)">k</a><a href="java\tscript:alert(1)">m</a>', '<a>j</a><a>k</a><a>m</a>'],
    ['<a href="data:text/html,x">d</a><a href="file:///etc/passwd">f</a><a href="command:workbench.action.quit">c</a><a href="vbscript:x">v</a>', '<a>d</a><a>f</a><a>c</a><a>v</a>'],
    ['<a href="localhost:1">a</a><a href="&#106;avascript:alert(1)">b</a>', '<a href="localhost:1">a</a><a>b</a>'],
    ['<img src="localhost:8080/x.png">', '<img />'],
  ];
  for (const [input, expected] of cases) {
    it(input, () => assert.equal(sanitize(input), expected));
  }
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  test('paragraphs become blank-line separated, entities are decoded, inline markup disappears', () => {
    assert.equal(htmlToText('<p>Tea &amp; <b>talks</b></p>\n  <p>Then<br>more&nbsp;text</p>'), 'Tea & talks\n\nThen\nmore text');
  });

  test('headings, list items and divs are paragraphs; scripts and styles are dropped', () => {
    assert.equal(htmlToText('<h2>Head</h2><div>One</div><ul><li>a</li><li>b</li></ul><script>x()</script><style>p{}</style>'), 'Head\n\nOne\n\na\n\nb');
  });

  test('plain text passes through with whitespace tidied', () => {
    assert.equal(htmlToText('  just   words \n here '), 'just words here');
  });
});

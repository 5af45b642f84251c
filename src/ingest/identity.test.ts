import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, normaliseForIdentity } from './identity.ts';

describe('normaliseForIdentity', () => {
  test('folds quotes, collapses whitespace, lower-cases and composes', () => {
    assert.equal(normaliseForIdentity('  Moscow\u2019s \u201CDemand\u201D\n\n is\tclear '), 'moscow\'s "demand" is clear');
    assert.equal(normaliseForIdentity('Cafe\u0301'), normaliseForIdentity('Caf\u00E9'));
  });
});

describe('articleId', () => {
  test('is a 16-digit hex hash', () => {
    assert.match(articleId('Title', 'Some text.'), /^[0-9a-f]{16}$/);
  });

  test('is the same for the same content however it was re-encoded', () => {
    const a = articleId('Talks to start', 'Talks between Russia and the US\u2019s envoys\nwill start.');
    const b = articleId('  talks to START ', "Talks between Russia and the US's envoys will start.\r\n");
    assert.equal(a, b);
  });

  test('differs when the text or the title differs', () => {
    const base = articleId('Title', 'Text.');
    assert.notEqual(articleId('Title', 'Other text.'), base);
    assert.notEqual(articleId('Other title', 'Text.'), base);
  });

  test('treats a null title as an empty one, and keeps title and text apart', () => {
    assert.equal(articleId(null, 'Text.'), articleId('', 'Text.'));
    assert.notEqual(articleId('a b', 'c'), articleId('a', 'b c'));
  });
});

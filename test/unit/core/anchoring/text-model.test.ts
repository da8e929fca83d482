import { describe as suite, expect, it } from 'vitest';
import { buildTextModel, offsetsOf, rangeOf } from '../../../../src/core/anchoring';
import { toNfc, nfcOffsetOf } from '../../../../src/core/anchoring/nfc-map';
import { clusterByCluster } from '../../../../src/core/anchoring/unicode-clusters';
import { page, seedArticle } from './helpers';

suite('NFC offset map', () => {
  it('is the identity on NFC text', () => {
    expect(toNfc('Thành ủy Điện Biên Phủ').rawOf).toBeNull();
  });

  it('maps every NFC offset of an NFD string to the raw start of its character', () => {
    const raw = 'Việt Nam'.normalize('NFD'); // "ệ" is e + U+0323 + U+0302
    const { text, rawOf } = toNfc(raw);
    expect(text).toBe('Việt Nam');
    expect([...rawOf!]).toEqual([0, 1, 2, 5, 6, 7, 8, 9, 10]);
  });

  it('snaps a raw offset inside a composed character outward', () => {
    const nfc = toNfc('Việt'.normalize('NFD'));
    expect(nfcOffsetOf(nfc, 3, 'start')).toBe(2); // inside "ệ": the start takes the whole letter
    expect(nfcOffsetOf(nfc, 3, 'end')).toBe(3);
    expect(nfcOffsetOf(nfc, 5, 'end')).toBe(3);
  });

  it('agrees with String.normalize on a whole NFD article', () => {
    const raw = seedArticle().textContent!.normalize('NFD');
    expect(toNfc(raw).text).toBe(raw.normalize('NFC'));
  });

  it('gives the same map on the slow, cluster-by-cluster path', () => {
    const raw = `${seedArticle().textContent!.slice(0, 2000)} 가 각 Ω ﬀ x\u0301\u0323`.normalize('NFD');
    const fast = toNfc(raw);
    const slow = clusterByCluster(raw);
    expect(slow.text).toBe(fast.text);
    expect([...slow.rawOf!]).toEqual([...fast.rawOf!]);
  });

  it('composes characters split across text nodes', () => {
    const root = page('<p>Vi<b>e</b>\u0323\u0302t Nam</p>');
    const model = buildTextModel(root);
    expect(model.text).toBe('Việt Nam');
    const range = rangeOf(model, 2, 3); // "ệ": from <b>'s text to the marks after it
    expect(range.startContainer.textContent).toBe('e');
    expect(range.endOffset).toBe(2);
    expect(range.toString().normalize('NFC')).toBe('ệ');
    expect(offsetsOf(model, range)).toEqual([2, 3]);
  });
});

suite('text model', () => {
  it('leaves out script, style, noscript, template, hidden and Dossier UI text', () => {
    const root = page(
      '<p>a<script>var x = 1;</script>b<style>p{}</style>c<noscript>n</noscript>d<template>t</template>e<span hidden>h</span>f<span data-dossier-ui>ui</span>g</p>',
    );
    expect(buildTextModel(root).text).toBe('abcdefg');
  });

  it('maps element boundary points to offsets', () => {
    const root = page('<p>ab</p><p>cd</p>');
    const model = buildTextModel(root);
    const range = root.ownerDocument.createRange();
    range.setStart(root, 1); // between the paragraphs
    range.setEnd(root.lastChild!, 1); // after "cd"
    expect(offsetsOf(model, range)).toEqual([2, 4]);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlights';

describe('highlightParts', () => {
  it('reads the marked matches and the text around them', () => {
    expect(highlightParts('Ouders en <mark>kinderen</mark> samen')).toEqual([
      { text: 'Ouders en ', match: false },
      { text: 'kinderen', match: true },
      { text: ' samen', match: false },
    ]);
  });

  it('turns the encoder\u2019s references back into the characters they stand for', () => {
    expect(highlightParts('&lt;b&gt; &amp; &quot;ouder&quot; &#x27;s &#x2F; caf&#233; <mark>&lt;i&gt;</mark>')).toEqual([
      { text: '<b> & "ouder" \'s / café ', match: false },
      { text: '<i>', match: true },
    ]);
  });

  it('never makes anything but marks: other markup stays text', () => {
    const markup = '<img src=x onerror="steal()"><mark onclick="x">ouder<script>1</script>';
    expect(highlightParts(markup)).toEqual([{ text: markup, match: false }]);
  });

  it('leaves unknown and out-of-range references alone, and reads nothing from nothing', () => {
    expect(highlightParts('&nbsp; &#x110000;')).toEqual([{ text: '&nbsp; &#x110000;', match: false }]);
    expect(highlightParts(null)).toEqual([]);
    expect(highlightParts('')).toEqual([]);
  });
});

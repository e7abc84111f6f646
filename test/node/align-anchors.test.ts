/** What the aligner takes as evidence: numbers in any numeral system, names per script, lengths per script. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../src/core/align/aligner.js';
import { anchorsOf } from '../../src/core/align/anchors.js';
import { evidenceOf } from '../../src/core/align/evidence.js';
import { lengthsOf, ratioOf } from '../../src/core/align/lengths.js';
import { cjkValue, numbersOf } from '../../src/core/align/numerals.js';

/** Whether segment 0 of each text shares an anchor with the other's. */
const agree = (a: string, b: string) => {
  const { idsA, idsB } = evidenceOf([a], [b]);
  return [...idsA[0]].some((id) => idsB[0].includes(id));
};

describe('numbers in any numeral system', () => {
  it('reads Arabic-Indic, Persian, full-width and other decimal digits as ASCII', () => {
    assert.deepEqual(numbersOf('المادة ١٢ من عام ١٩٤٨'), ['12', '1948']);
    assert.deepEqual(numbersOf('ماده ۲۹'), ['29']);
    assert.deepEqual(numbersOf('第１２条'), ['12']);
    assert.deepEqual(numbersOf('अनुच्छेद १७'), ['17']);
  });

  it('reads Chinese numerals where they are numbers, and not in words like 一切 or 统一', () => {
    assert.equal(cjkValue('十二'), 12);
    assert.equal(cjkValue('二十九'), 29);
    assert.equal(cjkValue('一百零五'), 105);
    assert.equal(cjkValue('一九四八'), 1948);
    assert.equal(cjkValue('三千五百万'), 35_000_000);
    assert.deepEqual(numbersOf('第二条'), ['2']);
    assert.deepEqual(numbersOf('第十二条 人人有权'), ['12']);
    assert.deepEqual(numbersOf('一九四八年十二月十日'), ['1948', '12', '10']);
    assert.deepEqual(numbersOf('一切人统一一个世界'), []);
  });

  it('reads ordinal headings: Article premier, Artículo 1, المادة الأولى, Chapter IV', () => {
    assert.deepEqual(numbersOf('Article premier'), ['1']);
    assert.deepEqual(numbersOf('Artículo primero'), ['1']);
    assert.deepEqual(numbersOf('Artikel 1'), ['1']);
    assert.deepEqual(numbersOf('Статья 1'), ['1']);
    assert.deepEqual(numbersOf('المادة الأولى'), ['1']);
    assert.deepEqual(numbersOf('Chapter IV'), ['4']);
  });

  it('writes thousands and decimals one way in every convention', () => {
    assert.deepEqual(numbersOf('1,000 · 1.000 · 1 000 · 1\u202f000'), ['1000', '1000', '1000', '1000']);
    assert.deepEqual(numbersOf('2,5 % / 2.5%'), ['2.5', '2.5']);
    assert.deepEqual(numbersOf('in 1993, 2015'), ['1993', '2015']);
    assert.deepEqual(numbersOf('6.2.1. Configuration'), ['6.2.1']);
  });

  it('makes ordinal headings agree across languages', () => {
    for (const heading of ['第十二条', 'Artikel 12', 'Статья 12', 'المادة ١٢', 'Artículo 12']) {
      assert.ok(agree('Article 12', heading), heading);
      assert.ok(!agree('Article 13', heading), `13 / ${heading}`);
    }
    assert.ok(agree('Article 1', 'Article premier'));
  });
});

describe('names, per script', () => {
  it('takes capitalised words within a sentence for names where only names take capitals', () => {
    const anchors = anchorsOf('In 1958, Djibo Bakary led Sawaba. The party lost.');
    assert.ok(anchors.has('djibo') && anchors.has('bakary') && anchors.has('sawaba'));
    assert.ok(!anchors.has('the') && !anchors.has('in'));
  });

  it('weighs nothing a German noun or a translated name brings: they are no anchors of the pair', () => {
    // Capitalised German nouns, and names each language translates (United Nations / Naciones Unidas / ООН).
    const en = 'Everyone is entitled to all the rights set forth in this Declaration, as the United Nations said.';
    const de = 'Jeder hat Anspruch auf die in dieser Erklärung verkündeten Rechte und Freiheiten.';
    const es = 'Toda persona tiene los derechos proclamados en esta Declaración, dijeron las Naciones Unidas.';
    const ru = 'Каждый человек должен обладать всеми правами, как сказала Организация Объединенных Наций.';
    for (const other of [de, es, ru]) {
      const { idsA, idsB } = evidenceOf([en], [other]);
      assert.equal(idsA[0].length + idsB[0].length, 0, other);
    }
    // A name both write alike is one: Vereinten Nationen ~ United Nations by their common start.
    assert.ok(agree(en, 'So sagten es die Vereinten Nationen.'));
  });

  it('matches names and terms kept in Latin letters inside Chinese, Arabic and Russian', () => {
    const en = 'Debian keeps its configuration in /etc/adduser.conf, read by adduser.';
    assert.ok(agree(en, 'Debian 把配置保存在 /etc/adduser.conf 中。'));
    assert.ok(agree(en, 'يحفظ دبيان إعداداته في الملف /etc/adduser.conf.'));
    assert.ok(agree(en, 'команда adduser читает файл /etc/adduser.conf.'));
  });

  it('does not take English words glossed in another script for names of every English paragraph', () => {
    // "support" kept in Latin letters in one Arabic paragraph, and common in the English text.
    const en = ['We support you.', 'Support is free.', 'The support team.', 'Other text.'];
    const ar = ['ندعمك (support).', 'الدعم مجاني.', 'فريق الدعم.', 'نص آخر.'];
    const { idsA } = evidenceOf(en, ar);
    assert.equal(
      idsA.reduce((n, ids) => n + ids.length, 0),
      0,
    );
  });
});

describe('lengths per script', () => {
  it('weighs a Chinese character as several Latin letters, so the ratio starts near the truth', () => {
    const en = ['All human beings are born free and equal in dignity and rights.', 'Everyone has the right to life.'];
    const zh = ['人人生而自由,在尊严和权利上一律平等。', '人人有权享有生命。'];
    const [la, lb] = lengthsOf(en, zh);
    const ratio = ratioOf(la, lb);
    assert.ok(ratio > 0.8 && ratio < 1.25, `ratio ${ratio}`);
    // Latin letters kept in a Chinese paragraph count as letters, not as Chinese characters.
    const [, withName] = lengthsOf(en, ['Debian 人人', '人人']);
    assert.ok(withName[0] > withName[1]);
  });

  it('aligns past an introduction only one version has, longer than the rest', () => {
    const body = Array.from({ length: 20 }, (_, i) => 'x'.repeat(100 + ((i * 37) % 200)));
    const intro = Array.from({ length: 6 }, () => 'y'.repeat(900));
    const a = [...intro, ...body].map((text) => ({ text, lang: 'en' }));
    const b = body.map((t) => ({ text: `${t}${t.slice(0, Math.round(t.length * 0.2))}`, lang: 'fr' }));
    const links = align(a, b);
    assert.deepEqual(
      links.map((l) => `${l.a.join('+') || '-'}:${l.b.join('+') || '-'}`).join(' '),
      [...intro.map((_, i) => `${i}:-`), ...body.map((_, j) => `${j + 6}:${j}`)].join(' '),
    );
  });
});

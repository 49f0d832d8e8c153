import {expect} from '@open-wc/testing';
import {AVATAR_COLOURS, avatarColourIndex, initials, nameHash} from '../../src/core/avatar.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('avatar', () => {
  it('takes the initials of the first and last words', () => {
    expect(initials('Ada Lovelace')).to.equal('AL');
    expect(initials('grace brewster murray hopper')).to.equal('GH');
    expect(initials('Jim')).to.equal('J');
    expect(initials('  (Mo)  ')).to.equal('M');
    expect(initials('Élodie Ørsted')).to.equal('ÉØ');
    expect(initials('')).to.equal('?');
    expect(initials('!!! ...')).to.equal('?');
  });

  it('gives one name one colour, and different names different colours', () => {
    expect(avatarColourIndex('Jim')).to.equal(avatarColourIndex(' jim '));
    const names = ['Ada', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances'];
    const used = new Set(names.map(avatarColourIndex));
    expect(used.size).to.be.greaterThan(3);
    expect(nameHash('Ada')).to.not.equal(nameHash('Adb'));
  });

  it('keeps white initials readable on every colour (WCAG AA)', () => {
    for (const colour of AVATAR_COLOURS) {
      const contrast = 1.05 / (luminance(colour) + 0.05);
      expect(contrast, colour).to.be.greaterThan(4.5);
    }
  });
});

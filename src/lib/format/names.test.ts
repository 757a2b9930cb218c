import { describe, expect, it } from 'vitest';
import { actorLabel, actorNames, actorTitle, andList, byWords, displayNames } from './names.ts';

const jnim = { name: "Jama'at Nusrat al-Islam wal-Muslimin", short: 'JNIM', aliases: ['GSIM'] };
const fama = { name: 'FAMa', aliases: [] };
const names = displayNames({
  actor: (id) => ({ jnim, fama })[id as 'jnim' | 'fama'],
  region: (id) => (id === 'menaka' ? { name: 'Ménaka' } : undefined),
  source: (id) => (id === 'acled-2024' ? { author: 'ACLED', publisher: 'Armed Conflict Location & Event Data Project (ACLED)' } : undefined),
});

describe('who killed, in words', () => {
  it('lists perpetrators as a sentence does, and says when a claim names none', () => {
    expect(andList(['FAMa'])).toBe('FAMa');
    expect(andList(['FAMa', 'Wagner', 'JNIM'])).toBe('FAMa, Wagner and JNIM');
    expect(byWords(['FAMa', 'Wagner'])).toBe('by FAMa and Wagner');
    expect(byWords([])).toBe('by perpetrators not named');
  });
});

describe('display names', () => {
  it('calls an actor by its short name where it has one', () => {
    expect(actorLabel(jnim)).toBe('JNIM');
    expect(actorLabel(fama)).toBe('FAMa');
    expect(actorTitle(jnim)).toBe("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)");
    expect(actorTitle(fama)).toBe('FAMa');
    expect(actorTitle({ name: 'Wagner', short: 'Wagner' })).toBe('Wagner');
    expect(actorNames(jnim)).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'GSIM']);
    expect(actorNames(fama)).toEqual(['FAMa']);
  });

  it('names a claimant as an actor, or by the author of its source, who made the claim, and an unknown id as written', () => {
    expect(names.claimant('jnim')).toBe('JNIM');
    expect(names.claimant('acled-2024')).toBe('ACLED');
    expect(names.claimant('nobody')).toBe('nobody');
    expect(names.actor('acled-2024')).toBe('acled-2024');
    expect(names.region('menaka')).toBe('Ménaka');
    expect(names.region('gao')).toBe('gao');
  });
});

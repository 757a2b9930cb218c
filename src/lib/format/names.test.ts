import { describe, expect, it } from 'vitest';
import { actorLabel, actorNames, actorTitle, displayNames } from './names.ts';

const jnim = { name: "Jama'at Nusrat al-Islam wal-Muslimin", short: 'JNIM', aliases: ['GSIM'] };
const fama = { name: 'FAMa', aliases: [] };
const names = displayNames({
  actor: (id) => ({ jnim, fama })[id as 'jnim' | 'fama'],
  region: (id) => (id === 'menaka' ? { name: 'Ménaka' } : undefined),
  source: (id) => (id === 'hrw-2024' ? { publisher: 'Human Rights Watch' } : undefined),
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

  it('names a claimant as an actor, or by the publisher of its source, and an unknown id as written', () => {
    expect(names.claimant('jnim')).toBe('JNIM');
    expect(names.claimant('hrw-2024')).toBe('Human Rights Watch');
    expect(names.claimant('nobody')).toBe('nobody');
    expect(names.actor('hrw-2024')).toBe('hrw-2024');
    expect(names.region('menaka')).toBe('Ménaka');
    expect(names.region('gao')).toBe('gao');
  });
});

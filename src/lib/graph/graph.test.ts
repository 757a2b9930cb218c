import { describe, expect, it } from 'vitest';
import { actorRelations } from './actor-relations.ts';
import { coMentions } from './co-mentions.ts';
import { regionsByCountry, regionTree } from './region-tree.ts';

describe('actorRelations', () => {
  it('shows a relation on both actors, worded for each side', () => {
    const relations = actorRelations([
      { id: 'africa-corps', relations: [{ type: 'successor-of', actor: 'wagner-group', from: '2024' }] },
      { id: 'wagner-group', relations: [] },
      { id: 'jnim', relations: [{ type: 'affiliate-of', actor: 'al-qaeda' }] },
    ]);
    expect(relations.get('africa-corps')).toEqual([{ label: 'successor of', actor: 'wagner-group', from: '2024' }]);
    expect(relations.get('wagner-group')).toEqual([{ label: 'predecessor of', actor: 'africa-corps', from: '2024' }]);
    expect(relations.get('al-qaeda')).toEqual([{ label: 'has affiliate', actor: 'jnim', from: undefined }]);
  });

  it('does not repeat an alliance written in both files', () => {
    const relations = actorRelations([
      { id: 'a', relations: [{ type: 'allied-with', actor: 'b' }] },
      { id: 'b', relations: [{ type: 'allied-with', actor: 'a' }] },
    ]);
    expect(relations.get('a')).toEqual([{ label: 'allied with', actor: 'b', from: undefined }]);
  });
});

describe('coMentions', () => {
  it('counts the briefs two actors share, most often first', () => {
    const result = coMentions([{ actors: ['wagner', 'jnim', 'fama'] }, { actors: ['wagner', 'fama'] }, { actors: ['jnim', 'jnim'] }]);
    expect(result.get('wagner')).toEqual([{ actor: 'fama', briefs: 2 }, { actor: 'jnim', briefs: 1 }]);
    expect(result.get('jnim')).toEqual([{ actor: 'fama', briefs: 1 }, { actor: 'wagner', briefs: 1 }]);
  });
});

describe('regionTree', () => {
  it('gathers places under their regions and countries', () => {
    const tree = regionTree([{ id: 'mali' }, { id: 'mopti', parent: 'mali' }, { id: 'moura', parent: 'mopti' }, { id: 'gao', parent: 'mali' }]);
    expect([...tree.get('mali')!.within].sort()).toEqual(['gao', 'mali', 'mopti', 'moura']);
    expect(tree.get('mali')!.children).toEqual(['gao', 'mopti']);
    expect(tree.get('moura')!.ancestors).toEqual(['mopti', 'mali']);
  });

  it('cuts a parent cycle instead of looping', () => {
    const tree = regionTree([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }]);
    expect(tree.get('a')!.ancestors).toEqual(['b']);
  });
});

describe('regionsByCountry', () => {
  it('lists countries by name, each with everything inside it', () => {
    const regions = [
      { id: 'mali', data: { name: 'Mali' } },
      { id: 'moura', data: { name: 'Moura', parent: 'mopti' } },
      { id: 'mopti', data: { name: 'Mopti', parent: 'mali' } },
      { id: 'benin', data: { name: 'Benin' } },
    ];
    const tree = regionTree(regions.map((r) => ({ id: r.id, parent: r.data.parent })));
    expect(regionsByCountry(regions, tree).map((g) => [g.country.id, g.inside.map((r) => r.id)])).toEqual([['benin', []], ['mali', ['mopti', 'moura']]]);
  });
});

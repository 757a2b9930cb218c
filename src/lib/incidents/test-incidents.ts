import { groupIncidents } from '../claims/index.ts';
import { claimRecord as c } from '../claims/test-claims.ts';

// For tests: Moura, Koumbori and Ménaka as the lookup meets them, with the names it finds them by.
export const incidents = groupIncidents([
  c({ id: 'moura-ctp', incident: 'moura-2022-03', date: '2022-03', region: 'mali-moura', place: 'Moura, Djenné cercle', perpetrators: ['fama', 'wagner-group'], claimant: 'ctp', grade: 'fair', killed: 'at least 300' }),
  c({ id: 'moura-jnim', incident: 'moura-2022-03', date: '2022-03', region: 'mali-moura', perpetrators: ['wagner-group'], claimant: 'jnim', stance: 'alleged', grade: 'weak', killed: 'hundreds' }),
  c({ id: 'koumbori-claim', date: '2023-09-04', region: 'burkina-faso-koumbori', place: 'Koumbori, near Ouahigouya', perpetrators: ['jnim'], claimant: 'jnim', stance: 'claimed', grade: 'weak', killed: 'over 50' }),
  c({ id: 'menaka-is', date: '2022-09', region: 'mali-menaka', perpetrators: ['islamic-state-sahel'], claimant: 'islamic-state-sahel' }),
]);
export const REGIONS: Record<string, string[]> = {
  'mali-moura': ['mali-moura', 'Moura', 'mali', 'Mali'],
  'mali-menaka': ['mali-menaka', 'Ménaka', 'Menaka', 'mali', 'Mali'],
  'burkina-faso-koumbori': ['burkina-faso-koumbori', 'Koumbori', 'burkina-faso', 'Burkina Faso'],
};
export const PARTIES: Record<string, string[]> = { 'wagner-group': ['wagner-group', 'Wagner Group', 'PMC Wagner'], jnim: ['jnim', 'JNIM', 'GSIM'], fama: ['fama', 'FAMa'] };
export const names = { region: (id: string) => REGIONS[id] ?? [id], party: (id: string) => PARTIES[id] ?? [id] };

import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SCENARIO_KINDS } from './directives.ts';
import { report, setFact } from './report.ts';

const LABELS = { takeaway: 'Key takeaway', assessment: 'Assessment' } as const;

/** Turns `:::takeaway`, `:::assessment` and `:::scenario{kind}` into labelled asides and sections. */
export default function remarkContainers() {
  return (tree: Root, file: VFile) => {
    let takeaway = false;
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      let label: string;
      let className: string;
      if (node.name === 'scenario') {
        const kind = node.attributes?.kind ?? '';
        if (!(kind in SCENARIO_KINDS)) {
          report(file, node, ':::scenario', `kind "${kind}"; expected kind="most-likely" or kind="worst-case"`);
          return;
        }
        label = SCENARIO_KINDS[kind as keyof typeof SCENARIO_KINDS];
        className = `scenario scenario-${kind}`;
      } else if (node.name === 'takeaway' || node.name === 'assessment') {
        label = LABELS[node.name];
        className = node.name;
        if (node.name === 'takeaway') takeaway = true;
      } else return;
      node.data = { hName: node.name === 'takeaway' ? 'aside' : 'section', hProperties: { className: ['box', ...className.split(' ')] } };
      node.children.unshift({
        type: 'paragraph',
        data: { hName: 'p', hProperties: { className: ['box-label'] } },
        children: [{ type: 'text', value: label }],
      });
    });
    setFact(file, 'takeaway', takeaway);
  };
}

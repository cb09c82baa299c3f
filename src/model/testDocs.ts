// Small documents for tests, built through the real commands so they obey every invariant.
import { applyCommand, type CommandArgs, type CommandName } from './commands';
import { emptyDocument } from './defaults';
import type { NodeKind, ProcessDocument } from './types';

export class DocBuilder {
  constructor(public doc: ProcessDocument = emptyDocument('p_test', '测试流程')) {}

  run<K extends CommandName>(name: K, args: CommandArgs<K>): this {
    this.doc = applyCommand(this.doc, name, args);
    return this;
  }

  lane(id: string, name = id, staff = 1): this {
    return this.run('addLane', { id, name, staff });
  }

  node(id: string, kind: NodeKind, laneId: string, x: number, label = id, y = 40): this {
    return this.run('addNode', { id, kind, laneId, label, at: { x, y } });
  }

  edge(id: string, source: string, target: string): this {
    return this.run('connect', { id, source, target });
  }
}

/** 导诊 → 咨询医生 → 收银: start, 登记, 是否初诊?, 咨询, 收费, end. */
export function clinicDoc(): ProcessDocument {
  return new DocBuilder()
    .lane('l_guide', '导诊', 2)
    .lane('l_doctor', '咨询医生', 3)
    .lane('l_cash', '收银', 1)
    .node('n_start', 'start', 'l_guide', 40, '顾客到院')
    .node('n_reg', 'task', 'l_guide', 140, '登记')
    .node('n_first', 'decision', 'l_guide', 340, '是否初诊?')
    .node('n_consult', 'task', 'l_doctor', 520, '咨询')
    .node('n_pay', 'task', 'l_cash', 720, '收费')
    .node('n_end', 'end', 'l_cash', 920, '离院')
    .edge('e1', 'n_start', 'n_reg')
    .edge('e2', 'n_reg', 'n_first')
    .edge('e3', 'n_first', 'n_consult')
    .edge('e4', 'n_consult', 'n_pay')
    .edge('e5', 'n_pay', 'n_end').doc;
}

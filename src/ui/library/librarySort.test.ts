import { describe, expect, it } from 'vitest';
import { previewOf } from '../../model';
import { clinicDoc } from '../../model/testDocs';
import type { ProcessSummary } from '../../storage';
import { searchAndSort } from './librarySort';

const summary = (id: string, name: string, updatedAt: number, createdAt = updatedAt): ProcessSummary => ({
  id, name, updatedAt, createdAt, deletedAt: 0, revision: 1, laneNames: [], nodeCount: 0, preview: previewOf(clinicDoc()),
});

const list = [summary('a', '初诊接待流程', 3, 1), summary('b', '复诊流程', 1, 3), summary('c', 'KTV 咨客', 2, 2), summary('d', '4S店 售后服务', 4, 0)];
const names = (l: ProcessSummary[]) => l.map((p) => p.name);

describe('library search and sort', () => {
  it('finds Chinese names by any part, and Latin ones regardless of case or width', () => {
    expect(names(searchAndSort(list, '流程', 'updated', 'zh-CN'))).toEqual(['初诊接待流程', '复诊流程']);
    expect(names(searchAndSort(list, 'ktv', 'updated', 'zh-CN'))).toEqual(['KTV 咨客']);
    expect(names(searchAndSort(list, 'ＫＴＶ', 'updated', 'zh-CN'))).toEqual(['KTV 咨客']);
    expect(names(searchAndSort(list, '售后 4s', 'updated', 'zh-CN'))).toEqual(['4S店 售后服务']);
    expect(searchAndSort(list, '不存在', 'updated', 'zh-CN')).toEqual([]);
  });

  it('sorts by last edited, created, or name (pinyin order for Chinese)', () => {
    expect(names(searchAndSort(list, '', 'updated', 'zh-CN'))).toEqual(['4S店 售后服务', '初诊接待流程', 'KTV 咨客', '复诊流程']);
    expect(names(searchAndSort(list, '', 'created', 'zh-CN'))[0]).toBe('复诊流程');
    // chu (初) before fu (复) in pinyin order.
    expect(names(searchAndSort(list, '流程', 'name', 'zh-CN'))).toEqual(['初诊接待流程', '复诊流程']);
  });
});

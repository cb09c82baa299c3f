import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { clinicDoc } from '../model/testDocs';
import { resources } from '../i18n';
import { describeIssue } from './describeIssue';

async function translator(lng: string) {
  const i18n = createInstance();
  await i18n.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

function issuesOf(edit: (raw: Record<string, any>) => void) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = JSON.parse(JSON.stringify(clinicDoc()));
  edit(raw);
  const result = parseDocument(raw);
  if (result.ok) throw new Error('expected problems');
  return result.error;
}

describe('describeIssue', () => {
  it('names the step, the field and the problem in English and Chinese', async () => {
    const [issue] = issuesOf((d) => (d.nodes[1].duration.dist = { kind: 'uniform', min: 9, max: 3 }));
    expect(describeIssue(await translator('en'), issue!)).toBe(
      'Step 2 “登记”, field “duration.dist.max”: is out of order: minimum ≤ most likely ≤ maximum.',
    );
    expect(describeIssue(await translator('zh-CN'), issue!)).toBe(
      '第 2 个步骤“登记”的字段“duration.dist.max”：顺序不对：应为 最短 ≤ 最可能 ≤ 最长。',
    );
  });

  it('words problems of the whole file and of references', async () => {
    const t = await translator('en');
    const notDoc = parseDocument('hello');
    expect(notDoc.ok ? '' : describeIssue(t, notDoc.error[0]!)).toBe('The file: is not a Flowlane process.');
    const [missingLane] = issuesOf((d) => (d.nodes[4].laneId = 'l_gone'));
    expect(describeIssue(t, missingLane!)).toBe('Step 5 “收费”, field “laneId”: belongs to a lane that does not exist (“l_gone”).');
  });
});

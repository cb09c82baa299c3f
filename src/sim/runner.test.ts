import { describe, expect, it } from 'vitest';
import { createInProcessRunner, SimCancelled } from './runner';
import { queueDoc } from './testing/simDocs';

const doc = queueDoc({ perHour: 40, meanMinutes: 1, staff: 1, cases: 200_000 });

describe('in-process runner', () => {
  it('reports progress and resolves with the results', async () => {
    const progress: number[] = [];
    const result = await createInProcessRunner().run({ doc, replications: 1 }, (p) => progress.push(p.fraction)).result;
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(1);
    expect(result.base.estimate.completed.mean).toBe(200_000);
  });

  it('stops at the next progress report when cancelled', async () => {
    const job = createInProcessRunner().run({ doc, replications: 3 }, () => job.cancel());
    await expect(job.result).rejects.toBeInstanceOf(SimCancelled);
  });
});

// Worker jobs belong to their caller: cancelling the import wizard's preview stops only the
// wizard's job — the autosave's job waiting behind it is sent to a fresh worker and answers.
import { afterEach, describe, expect, it, vi } from 'vitest';

class FakeWorker {
  static made: FakeWorker[] = [];
  received: { id: number; job: { kind: string } }[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; job: { kind: string } }): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number): void {
    this.onmessage?.({ data: { id, ok: true, kind: 'serialized', content: `answer ${id}` } });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('the analysis worker client', () => {
  it('cancels one owner without losing another owner’s job, and knows each owner’s newest job', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const client = await import('../../../../renderer/workers/analysis-client');
    const wizard = client.createJobOwner('wizard');
    const autosave = client.createJobOwner('autosave');
    const preview = client.runInWorker(wizard, { kind: 'demo' });
    const saved = client.serializeInWorker(autosave, { project: {} as never, waves: [] });
    const first = FakeWorker.made[0]!;
    expect(first.received.map((m) => m.job.kind)).toEqual(['demo', 'serialize']);
    client.cancelOwner(wizard);
    expect(first.terminated).toBe(true);
    expect(await preview).toMatchObject({ ok: false, error: { key: 'app.cancelled' } });
    // The autosave's job went to a fresh worker and is answered there.
    const second = FakeWorker.made[1]!;
    expect(second.received.map((m) => m.job.kind)).toEqual(['serialize']);
    second.answer(second.received[0]!.id);
    expect(await saved).toBe(`answer ${second.received[0]!.id}`);
    // Cancelling an owner with nothing running touches nothing.
    client.cancelOwner(wizard);
    expect(second.terminated).toBe(false);
    // Newest job per owner: a wizard job does not make the network's job outdated.
    const network = client.createJobOwner('network');
    void client.runInWorker(network, { kind: 'demo' });
    const networkId = second.received.at(-1)!.id;
    void client.runInWorker(wizard, { kind: 'demo' });
    expect(client.isLatest(network, networkId)).toBe(true);
  });
});

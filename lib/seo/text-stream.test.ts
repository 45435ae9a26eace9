import { describe, expect, it } from 'vitest';
import { streamText } from './text-stream';

describe('streamText', () => {
  it('encodes the parts in order as UTF-8', async () => {
    async function* parts() {
      yield '<a>';
      yield '移民 — الهجرة';
      yield '</a>';
    }
    expect(await new Response(streamText(parts())).text()).toBe('<a>移民 — الهجرة</a>');
  });

  it('computes a part only when the reader asks for it, and stops the source when cancelled', async () => {
    const produced: number[] = [];
    let finished = false;
    async function* parts() {
      try {
        for (let i = 0; i < 100; i += 1) {
          produced.push(i);
          yield String(i);
        }
      } finally {
        finished = true;
      }
    }
    const reader = streamText(parts()).getReader();
    await reader.read();
    expect(produced.length).toBeLessThan(5);
    await reader.cancel();
    expect(finished).toBe(true);
  });
});

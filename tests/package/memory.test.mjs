// Ownership of wasm memory: delete() frees it, repeated use does not grow it,
// the FinalizationRegistry frees what was never deleted, and results are plain
// copies that outlive their corpus.
//
// The finalizer test needs global.gc(): without --expose-gc this file runs
// itself again in a child `node --expose-gc` and reports its outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  test('the memory tests pass under node --expose-gc', (t) => {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
      encoding: 'utf8',
      env: { ...process.env, NODE_TEST_CONTEXT: undefined },
      maxBuffer: 16 * 1024 * 1024,
    });
    const output = `${child.stdout}${child.stderr}`;
    for (const line of output.split('\n')) {
      if (/^\s*(not )?ok \d+ - /.test(line)) t.diagnostic(line.trim());
    }
    assert.equal(child.status, 0, output);
    assert.match(output, /^# pass [1-9]/m, output);
    assert.match(output, /^# fail 0$/m, output);
  });
} else {
  await memoryTests();
}

async function memoryTests() {
  // The module's WebAssembly.Memory, to watch the size of its buffer.
  let memory;
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (source, imports) {
    const result = await instantiate.call(this, source, imports);
    const instance = result.instance ?? result;
    for (const value of [...Object.values(instance.exports), ...Object.values(imports?.env ?? {})]) {
      if (value instanceof WebAssembly.Memory) memory = value;
    }
    return result;
  };
  const { importPackage } = await import('./helpers.mjs');
  const { createRecoupe } = await importPackage();
  const recoupe = await createRecoupe();
  WebAssembly.instantiate = instantiate;

  const FRENCH = 'Selon l\'agence KCNA, la Corée du Nord dément. Le FBI et la CIA enquêtent sur Sony Pictures à Los Angeles depuis le 24 novembre 2014. ';
  const ENGLISH = 'Sony Pictures said on 25 November 2014 that the FBI was investigating the attack in Los Angeles with help from Mandiant. ';
  const KB = 1024;

  function analyseOnce(i = 0, repeat = 20) {
    const corpus = recoupe.createCorpus();
    corpus.add({ id: `fr-${i}.txt`, text: FRENCH.repeat(repeat) + `Dossier ${i}.` });
    corpus.add({ id: `en-${i}.txt`, text: ENGLISH.repeat(repeat) + `File ${i}.` });
    const result = corpus.analyze();
    assert.ok(result.mentions.length > 0);
    return { corpus, result };
  }

  // Lazily built tables (ICU, lexicon indexes) stay for the life of the module: build them first.
  analyseOnce().corpus.delete();

  test('delete() gives the memory of a corpus back', () => {
    const baseline = recoupe.heapBytesInUse();
    const { corpus } = analyseOnce(1, 40);
    const inUse = recoupe.heapBytesInUse();
    assert.ok(inUse - baseline > 64 * KB, `a corpus of two analysed documents holds only ${inUse - baseline} bytes`);
    corpus.delete();
    const after = recoupe.heapBytesInUse();
    assert.ok(after - baseline <= 4 * KB, `${after - baseline} bytes are still in use after delete()`);
  });

  test('300 create, analyse and delete cycles do not grow the heap', () => {
    assert.ok(memory instanceof WebAssembly.Memory, 'the WebAssembly.Memory of the module was not found');
    let heapAt50;
    let bufferAt50;
    for (let cycle = 1; cycle <= 300; cycle++) {
      analyseOnce(cycle, 2).corpus.delete();
      if (cycle === 50) {
        heapAt50 = recoupe.heapBytesInUse();
        bufferAt50 = memory.buffer.byteLength;
      }
    }
    const heapGrowth = recoupe.heapBytesInUse() - heapAt50;
    const bufferGrowth = memory.buffer.byteLength - bufferAt50;
    assert.ok(heapGrowth <= 4 * KB, `the heap in use grew by ${heapGrowth} bytes between cycles 50 and 300`);
    assert.ok(bufferGrowth <= 1024 * KB, `the wasm memory grew by ${bufferGrowth} bytes between cycles 50 and 300`);
  });

  test('corpora dropped without delete() are freed by the FinalizationRegistry', async () => {
    const settle = async () => {
      globalThis.gc();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await settle();
    const baseline = recoupe.heapBytesInUse();
    // In a function of its own, so that no live variable keeps the corpora.
    (() => {
      for (let i = 0; i < 10; i++) analyseOnce(100 + i, 20);
    })();
    const leaked = recoupe.heapBytesInUse() - baseline;
    assert.ok(leaked > 256 * KB, `ten undeleted corpora hold only ${leaked} bytes`);
    let rest = leaked;
    for (let round = 0; round < 150 && rest > 4 * KB; round++) {
      await settle();
      rest = recoupe.heapBytesInUse() - baseline;
    }
    assert.ok(rest <= 4 * KB, `${rest} of ${leaked} bytes were not freed after garbage collection`);
  });

  test('results and texts are plain copies that outlive their corpus', () => {
    const { corpus, result } = analyseOnce(7, 5);
    const text = corpus.text('fr-7.txt');
    const snapshot = JSON.stringify(result);
    const textCopy = `${text}`;
    corpus.delete();
    assert.throws(() => corpus.text('fr-7.txt'), (error) => error.code === 'deleted');

    // Reuse the freed memory, so that anything still pointing into the heap would now read other data.
    const other = recoupe.createCorpus();
    other.add({ id: 'other.txt', text: 'Angela Merkel a rencontré Vladimir Poutine à Moscou le 10 mai 2015. '.repeat(200) });
    other.analyze();

    assert.equal(typeof text, 'string');
    assert.equal(text, textCopy);
    assert.equal(Object.getPrototypeOf(result), Object.prototype);
    assert.equal(JSON.stringify(result), snapshot);
    assert.deepEqual(structuredClone(result), result);
    const mentions = result.mentions.filter((m) => m.doc === 'fr-7.txt');
    assert.ok(mentions.length > 0);
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    other.delete();
  });
}

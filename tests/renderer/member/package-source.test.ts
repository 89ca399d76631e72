// How the verify worker reads a package file: every document's data into one reused buffer (so
// memory stays near one document), and nothing the check keeps is ever overwritten.

import { describe, expect, it } from 'vitest';
import { memorySigner } from '../../../core/crypto/ed25519';
import { base64UrlEncode } from '../../../core/encoding';
import { type PackageDraft, readPackageFrom, writePackage } from '../../../core/package/package';
import { documentRanges, reusingSource } from '../../../renderer/src/features/member/package-source';

const SECRETARIAT = memorySigner(new Uint8Array(32).fill(21));

/** Bytes that deflate cannot shrink, so the writer stores them (as PDFs and scans are). */
function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function packageWith(sizes: number[]): Promise<Uint8Array> {
  const documents = new Map<string, Uint8Array>();
  const candidates = sizes.map((size, i) => {
    const path = `documents/c${i}/cv.pdf`;
    documents.set(path, noise(size, i + 1));
    return { id: `c${i}`, name: `Candidate ${i}`, documents: [{ path, mediaType: 'application/pdf' }] };
  });
  const draft = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: 'ex-source',
    title: 'Reading test',
    issuedAt: '2026-05-01T09:00:00Z',
    secretariat: { name: 'Secretariat', publicKey: base64UrlEncode(SECRETARIAT.publicKey) },
    scale: { min: 1, max: 5, step: 1 },
    criteria: [{ id: 'k1', name: 'Judgement', kind: 'core', weight: 1 }],
    candidates,
    panel: [{ id: 'm1', name: 'Member One', role: 'chair' }],
  } as PackageDraft;
  return (await writePackage(draft, documents, SECRETARIAT)).bytes;
}

/** A Blob stand-in over `bytes` whose streams are byte streams (BYOB), handing out 64 kB at most per read. */
function byteBlob(bytes: Uint8Array, options: { byob?: boolean } = {}) {
  const reads: { offset: number; length: number; byob: boolean }[] = [];
  const cancelled: number[] = [];
  const slice = (start: number, end: number) => ({
    size: end - start,
    arrayBuffer: () => {
      reads.push({ offset: start, length: end - start, byob: false });
      return Promise.resolve(bytes.slice(start, end).buffer);
    },
    stream: () => {
      if (options.byob === false) return { getReader: () => { throw new TypeError('no byte stream'); } };
      reads.push({ offset: start, length: end - start, byob: true });
      let at = start;
      return new ReadableStream({
        type: 'bytes',
        cancel() {
          cancelled.push(start);
        },
        pull(controller) {
          const request = controller.byobRequest;
          if (!request?.view) throw new Error('expected a BYOB read');
          if (at >= end) {
            controller.close();
            request.respond(0);
            return;
          }
          const view = new Uint8Array(request.view.buffer, request.view.byteOffset, request.view.byteLength);
          const n = Math.min(view.length, end - at, 65_536);
          view.set(bytes.subarray(at, at + n));
          at += n;
          request.respond(n);
        },
      });
    },
  });
  return { blob: { size: bytes.length, slice } as unknown as Blob, reads, cancelled };
}

const counting = (size: number) => Uint8Array.from({ length: size }, (_, i) => i % 251);

describe('reusingSource', () => {
  it('reads a document into one reused buffer and detaches the view it gave before', async () => {
    const bytes = counting(600_000);
    const { blob, reads } = byteBlob(bytes);
    const source = reusingSource(blob, [{ start: 1000, end: 500_000 }]);
    const first = await source.read(1000, 200_000);
    expect(first).toEqual(bytes.subarray(1000, 201_000));
    const second = await source.read(201_000, 150_000);
    expect(second).toEqual(bytes.subarray(201_000, 351_000));
    expect(first.length).toBe(0); // detached: stale bytes cannot be read by mistake
    expect(reads.every((r) => r.byob)).toBe(true);
  });

  it('gives a read outside the documents its own buffer, kept after later reads', async () => {
    const bytes = counting(600_000);
    const { blob } = byteBlob(bytes);
    const source = reusingSource(blob, [{ start: 1000, end: 500_000 }]);
    const directory = await source.read(499_000, 100_000); // runs past the document
    await source.read(1000, 300_000);
    expect(directory).toEqual(bytes.subarray(499_000, 599_000));
  });

  it('reads each piece whole where the engine has no byte streams from Blobs', async () => {
    const bytes = counting(300_000);
    const { blob, reads } = byteBlob(bytes, { byob: false });
    const source = reusingSource(blob, [{ start: 0, end: 300_000 }]);
    expect(await source.read(10, 250_000)).toEqual(bytes.subarray(10, 250_010));
    expect(reads).toEqual([{ offset: 10, length: 250_000, byob: false }]);
  });

  it('lets the whole check of a package pass with every document read into the reused buffer', async () => {
    const bytes = await packageWith([300_000, 700_000, 20_000, 1_200_000]);
    const { blob, reads } = byteBlob(bytes);
    const pkg = await readPackageFrom(reusingSource(blob, await documentRanges(blob)));
    expect(pkg.exercise.candidates).toHaveLength(4);
    expect(reads.filter((r) => r.byob).map((r) => r.length)).toEqual([300_000, 700_000, 20_000, 1_200_000]);
  });

  it('closes each document stream once its piece is read, not when the collector finds it', async () => {
    const bytes = counting(300_000);
    const { blob, cancelled } = byteBlob(bytes);
    const source = reusingSource(blob, [{ start: 0, end: 300_000 }]);
    await source.read(0, 100_000);
    await source.read(100_000, 100_000);
    // In Chromium each open Blob stream holds a data pipe: left to the collector, they added ~15 MB
    // to the import's peak (bench member-workspace).
    expect(cancelled).toEqual([0, 100_000]);
  });

  it('finds no document ranges in a file that is not a package (the check then says why)', async () => {
    const { blob } = byteBlob(new TextEncoder().encode('not a zip archive at all'));
    expect(await documentRanges(blob)).toEqual([]);
  });
});

/**
 * A heap snapshot of the app's first load (as the bench's province load measures it), summarised: self size by
 * node type and constructor, and the largest strings, arrays and objects. For judging what the page keeps.
 *   npx tsx scripts/bench/heap-snapshot.ts [query] [painted]   (after npm run build:test; bare: BARE=1 with ?code=38)
 *   SNAPSHOT_FILE=x.heapsnapshot also saves the snapshot (open it in Chrome's DevTools, Memory tab); DIST=dir serves another build
 */
import { writeFileSync } from 'node:fs';
import { appLoad, bareLoad, freshContext, launch, serve } from './pages';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: (string | string[])[] } };
  nodes: number[];
  strings: string[];
}

async function main() {
  const bare = process.env.BARE === '1';
  const query = process.argv[2] ?? (bare ? '?code=38' : '?province=thanh-hoa&view=level');
  const painted = process.argv[3] ?? 'thanh-hoa:level:2024';
  const server = await serve(process.env.DIST ?? (bare ? 'dist-bench' : 'dist'));
  const browser = await launch();
  try {
    const context = await freshContext(browser);
    const load = bare ? await bareLoad(context, server.url, query) : await appLoad(context, server.url, query, painted);
    const cdp = await context.newCDPSession(load.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => void chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    if (process.env.SNAPSHOT_FILE) writeFileSync(process.env.SNAPSHOT_FILE, chunks.join(''));
    const snap = JSON.parse(chunks.join('')) as Snapshot;
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0] as string[];
    const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const byType = new Map<string, number>();
    const byName = new Map<string, { n: number; size: number }>();
    const big: { what: string; size: number }[] = [];
    let total = 0;
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + iType]];
      const name = snap.strings[snap.nodes[i + iName]];
      const size = snap.nodes[i + iSize];
      total += size;
      byType.set(type, (byType.get(type) ?? 0) + size);
      const key = `${type}:${type === 'string' || type === 'concatenated string' ? '' : name.slice(0, 60)}`;
      const e = byName.get(key) ?? { n: 0, size: 0 };
      e.n++;
      e.size += size;
      byName.set(key, e);
      if (size > 20_000) big.push({ what: `${type} ${name.slice(0, 100).replace(/\s+/g, ' ')}`, size });
    }
    const mb = (x: number) => (x / 1024 / 1024).toFixed(2);
    console.log(`heap used (getHeapUsage) ${load.heap.toFixed(2)} MB; snapshot self sizes ${mb(total)} MB`);
    console.log('\nby node type:');
    for (const [k, v] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`${mb(v).padStart(8)} MB  ${k}`);
    console.log('\nby type:name (top 40):');
    for (const [k, v] of [...byName].sort((a, b) => b[1].size - a[1].size).slice(0, 40))
      console.log(`${mb(v.size).padStart(8)} MB ${String(v.n).padStart(7)}×  ${k}`);
    console.log('\nnodes over 20 KB:');
    for (const b of big.sort((a, b) => b.size - a.size).slice(0, 40)) console.log(`${(b.size / 1024).toFixed(0).padStart(7)} KB  ${b.what}`);
    await cdp.detach();
    await context.close();
  } finally {
    await browser.close();
    await server.server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

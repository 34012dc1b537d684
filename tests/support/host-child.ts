/**
 * A browser host in a process of its own, on the data folder given as the first argument, for tests
 * that kill it hard (SIGKILL) mid-work. It prints its address as one JSON line once it listens.
 */
import { startIsolatedHost } from './web-host-fixture';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: host-child.ts <data folder>');
const host = await startIsolatedHost({ dataDir });
console.log(JSON.stringify({ url: host.url }));

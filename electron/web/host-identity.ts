import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeTextFileAtomic } from '../core/json-file-store';
import { type WebHost, type WebHostOptions, createSessionToken, startWebHost } from './web-host';

/** Where the browser host keeps its port and token, beside the plans it serves. */
export const HOST_IDENTITY_FILE = 'web-host.json';

/** Only the owner may read the token: anyone who has it can drive the host. */
const OWNER_ONLY = 0o600;

const hostIdentitySchema = z
  .object({
    port: z.number().int().min(1).max(65_535),
    token: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type HostIdentity = z.infer<typeof hostIdentitySchema>;

/** The kept port and token, or undefined when there are none or the file cannot be used. */
export async function readHostIdentity(dataDir: string): Promise<HostIdentity | undefined> {
  try {
    const parsed = hostIdentitySchema.safeParse(JSON.parse(await readFile(join(dataDir, HOST_IDENTITY_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Missing, unreadable or not JSON: the host starts with a new identity and writes it over.
    return undefined;
  }
}

export async function writeHostIdentity(dataDir: string, identity: HostIdentity): Promise<void> {
  await writeTextFileAtomic(join(dataDir, HOST_IDENTITY_FILE), `${JSON.stringify(identity, null, 2)}\n`, {
    // The mode is set before the token is written, so no one else can ever read it from the file.
    writeContent: async (handle, text) => {
      await handle.chmod(OWNER_ONLY);
      await handle.writeFile(text, 'utf8');
    },
  });
}

export type PersistentWebHostOptions = Omit<WebHostOptions, 'port' | 'token'> & {
  dataDir: string;
  /** `--port N`: this port, and no other. Without it, the kept port, or a free one. */
  port?: number;
  /** `--new-token`: rotate the token, so every open tab and bookmark stops working. */
  newToken?: boolean;
};

export type HostIdentityNotice =
  | { kind: 'kept-port-busy'; keptPort: number }
  | { kind: 'identity-not-kept'; reason: string };

export type PersistentWebHost = WebHost & {
  /** Why the host did not start as it did last time, or will not next time: one line each at start-up. */
  notices: HostIdentityNotice[];
};

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

/**
 * Starts the browser host on the port and with the token it had last time on this data folder, so
 * an open tab reconnects after a restart and a bookmark keeps working. The first start picks a free
 * port and a new token and keeps both (owner-only) in the data folder.
 */
export async function startPersistentWebHost(options: PersistentWebHostOptions): Promise<PersistentWebHost> {
  const { dataDir, port, newToken = false, ...hostOptions } = options;
  const kept = await readHostIdentity(dataDir);
  const token = !newToken && kept ? kept.token : createSessionToken();
  let host: WebHost;
  const notices: HostIdentityNotice[] = [];
  if (port !== undefined) {
    host = await startWebHost({ ...hostOptions, port, token });
  } else {
    try {
      host = await startWebHost({ ...hostOptions, port: kept?.port ?? 0, token });
    } catch (error) {
      if (!kept || !isAddressInUse(error)) throw error;
      host = await startWebHost({ ...hostOptions, port: 0, token });
      notices.push({ kind: 'kept-port-busy', keptPort: kept.port });
    }
  }
  try {
    await writeHostIdentity(dataDir, { port: host.port, token });
  } catch (error) {
    // A read-only data folder still gets a working host; only the next start will differ.
    notices.push({ kind: 'identity-not-kept', reason: (error as Error).message });
  }
  return { ...host, notices };
}

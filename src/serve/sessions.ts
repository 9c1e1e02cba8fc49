import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Refused } from './errors.js';
import type { Analyzed } from './jobs.js';
import type { Trace } from '../explain/index.js';

/** A session's files are removed this long after its last request. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Most sessions kept at once: beyond it new visitors are refused until one is idle long enough to go (none is evicted). */
export const MAX_SESSIONS = 500;

/** One uploaded input: kept on disk under its generated id; the officer's file name is only shown and passed to the readers. */
export interface Upload {
  id: string;
  fileName: string;
  size: number;
  profile?: string;
  analyzed?: Analyzed;
  trace?: Promise<Trace | undefined>;
}

/** One file the session can download, kept on disk under its generated id. */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
}

/** A profile folder the officer uploaded as a zip, unpacked in the session folder; `key` is what the page sends. */
export interface UploadedProfile {
  key: string;
  name: string;
  dir: string;
}

/** One visitor (a browser with its cookie): a private folder, its uploads, profiles and generated files. */
export class Session {
  readonly uploads = new Map<string, Upload>();
  readonly files = new Map<string, StoredFile>();
  readonly profiles = new Map<string, UploadedProfile>();
  lastSeen = Date.now();
  /** Set when the session is removed: nothing more is written for it. */
  closed = false;
  private made?: Promise<string>;

  constructor(
    readonly id: string,
    readonly dir: string,
  ) {}

  /** The session's folder, created on first use: a session that never stores anything has none. */
  async folder(): Promise<string> {
    if (this.closed) throw new Refused(403, '会话已过期：请刷新页面后重试');
    this.made ??= mkdir(this.dir, { recursive: true }).then(() => this.dir);
    return this.made;
  }

  /** Stores bytes under a fresh id inside the session folder: the only way a file gets a path. */
  async store(bytes: Uint8Array): Promise<string> {
    await this.folder();
    const id = randomUUID();
    await writeFile(this.path(id), bytes);
    return id;
  }

  /** The bytes stored under an id this session created; undefined for any other string. */
  async read(id: string): Promise<Uint8Array | undefined> {
    if (!this.uploads.has(id) && !this.files.has(id)) return undefined;
    return readFile(this.path(id));
  }

  /** A path for a file the server itself names (init's output), inside the session folder. */
  path(id: string): string {
    return join(this.dir, id);
  }
}

/**
 * Every session under one temporary root (mkdtemp): each gets its own folder named by a random id; idle sessions
 * are removed, and the whole root on close and on exit (SIGINT/SIGTERM are handled by the server).
 */
export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    readonly root: string,
    private readonly idleMs: number,
    private readonly maxSessions: number,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), Math.min(idleMs, 60_000));
    this.sweeper.unref();
  }

  /** A fresh root under the system temp folder. */
  static async create(idleMs = SESSION_IDLE_MS, maxSessions = MAX_SESSIONS): Promise<Sessions> {
    return new Sessions(await mkdtemp(join(tmpdir(), 'yusuan-serve-')), idleMs, maxSessions);
  }

  /** The session of a cookie value, when it is one this server issued. */
  find(id: string | undefined): Session | undefined {
    const session = id ? this.sessions.get(id) : undefined;
    if (session) session.lastSeen = Date.now();
    return session;
  }

  /**
   * A new session (its folder comes with its first file). At the limit, idle ones are removed first; if none is,
   * the visitor is refused (503) rather than an active session evicted with its files.
   */
  async open(): Promise<Session> {
    if (this.sessions.size >= this.maxSessions) await this.sweep();
    if (this.sessions.size >= this.maxSessions) throw new Refused(503, `同时使用本服务的浏览器已达上限（${this.maxSessions} 个）：请稍后再试（闲置的会话两小时后释放）`);
    const id = randomUUID();
    const session = new Session(id, join(this.root, id));
    this.sessions.set(id, session);
    return session;
  }

  /** Sessions kept now. */
  get size(): number {
    return this.sessions.size;
  }

  /** Removes sessions idle longer than the limit, with their files. */
  async sweep(now = Date.now()): Promise<void> {
    for (const session of [...this.sessions.values()]) if (now - session.lastSeen >= this.idleMs) await this.drop(session);
  }

  private async drop(session: Session): Promise<void> {
    session.closed = true;
    this.sessions.delete(session.id);
    await rm(session.dir, { recursive: true, force: true });
  }

  /** Removes every session's files and the root (synchronously, so it also runs on exit). */
  close(): void {
    clearInterval(this.sweeper);
    this.sessions.clear();
    rmSync(this.root, { recursive: true, force: true });
  }
}

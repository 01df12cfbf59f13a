// Types for bundleCache.mjs (plain JS so that bin/murmur.mjs can load it before any TypeScript).
export declare const ROOT: string;
export declare const CACHE_DIR: string;
export declare function bundledEntry(name: string, entry: string, cacheDir?: string): string;
export declare function bundledEntryAsync(name: string, entry: string, cacheDir?: string): Promise<string>;

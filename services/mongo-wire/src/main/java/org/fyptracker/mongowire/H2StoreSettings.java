package org.fyptracker.mongowire;

import org.h2.mvstore.MVStore;

/**
 * How the stand-in opens its H2 store: the page cache (pages kept decoded; a lookup outside it reads and decodes
 * the page from the file) and how many changes are held before a commit writes every page changed since. Compaction
 * is left at H2's default: the one time the store closed itself under load, its compaction setting had been changed
 * too (docs/benchmarks.md, findings 28 and 32).
 *
 * @param cacheMb        page cache in MB (H2's default 16)
 * @param commitBufferKb changes held between commits, in KB of H2's estimate of their size in memory (H2's default,
 *                       when none is given, 19 MB; its builder takes the figure as it is)
 */
public record H2StoreSettings(int cacheMb, int commitBufferKb) {

    /** H2's own defaults. */
    public static final H2StoreSettings DEFAULTS = new H2StoreSettings(16, 19 * 1024);

    public H2StoreSettings {
        if (cacheMb < 1) {
            throw new IllegalArgumentException("the stand-in's page cache must be at least 1 MB, was " + cacheMb);
        }
        if (commitBufferKb < 64) {
            throw new IllegalArgumentException("the stand-in's commit buffer must be at least 64 KB, was " + commitBufferKb);
        }
    }

    MVStore open(String file) {
        return new MVStore.Builder().fileName(file).cacheSize(cacheMb).autoCommitBufferSize(commitBufferKb).open();
    }
}

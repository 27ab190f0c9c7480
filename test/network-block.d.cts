/** Types for test/network-block.cjs. */
export declare function install(onAttempt: (via: string, target: string) => void): void;
/** Make every worker thread and child process started from this realm run `preload` first, whatever env it is given. */
export declare function reachChildren(preload: string): void;
